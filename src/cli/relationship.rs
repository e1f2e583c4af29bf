crate::placeholder_command!(RelationshipArgs);
