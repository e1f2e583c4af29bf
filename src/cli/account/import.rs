crate::placeholder_command!(AccountImportArgs);
