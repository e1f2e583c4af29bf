crate::placeholder_command!(ContactImportArgs);
