crate::placeholder_command!(InstrumentImportArgs);
