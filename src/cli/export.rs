crate::placeholder_command!(ExportArgs);
