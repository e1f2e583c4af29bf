crate::placeholder_command!(InstrumentArgs);
