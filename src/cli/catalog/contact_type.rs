crate::placeholder_command!(ContactTypeArgs);
