crate::placeholder_command!(PersonImportArgs);
