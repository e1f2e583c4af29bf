crate::placeholder_command!(AccountContactArgs);
