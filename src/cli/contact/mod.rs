crate::placeholder_command!(ContactArgs);
