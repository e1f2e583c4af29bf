crate::placeholder_command!(ProfileClassArgs);
