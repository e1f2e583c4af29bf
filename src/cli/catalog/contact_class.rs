crate::placeholder_command!(ContactClassArgs);
