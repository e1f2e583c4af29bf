# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_custctl_global_optspecs
    string join \n db= key-file= format= json actor= q/quiet color= create h/help V/version
end

function __fish_custctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_custctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_custctl_using_subcommand
    set -l cmd (__fish_custctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c custctl -n "__fish_custctl_needs_command" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_needs_command" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_needs_command" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_needs_command" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_needs_command" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_needs_command" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_needs_command" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_needs_command" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_needs_command" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_needs_command" -s V -l version -d 'Print version'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "init" -d 'Create or migrate the database; print its path and schema version'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "doctor" -d 'Check the database, the audit chain and every business invariant'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "backup" -d 'Copy the database consistently (while others write), with its key file'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "audit" -d 'List audit entries, or verify the audit chain'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "catalog" -d 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "person" -d 'Persons and organisations, their contact points and relationships'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "contact" -d 'Customer contacts: the record of every time a customer got in touch'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "account" -d 'Customer accounts, their sites, receipt methods and contacts'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "instrument" -d 'Payment instruments: cards and bank accounts'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "relationship" -d 'Relationships between accounts'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "profile" -d 'Account profiles: a profile class for a period, with overrides'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "export" -d 'Write every record as NDJSON'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "import" -d 'Read an export back'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "completions" -d 'Print shell completions, or install them where the shell looks'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "config" -d 'The settings in force and where each came from'
complete -c custctl -n "__fish_custctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand init" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand init" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand init" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand init" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand init" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand init" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand init" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand init" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand init" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand doctor" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l force -d 'Replace FILE (and FILE.key) if they exist'
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand backup" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand backup" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand backup" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l entity -d 'Only entries about this kind of record (person, account, contact, ...)' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l id -d 'Only entries about this record: an id, ext:EXTERNAL_ID (with --entity), or an account number' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l since -d 'Only entries at or after this time' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l by -d 'Only entries made by NAME (the actor recorded with them)' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "verify" -d 'Check the audit chain; exit 4 naming the first bad entry'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "head" -d 'Print the chain\'s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and not __fish_seen_subcommand_from verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l expect-head -d 'A head kept from earlier (`custctl audit head`: COUNT:HMAC, or the HMAC alone): exit 4 when the chain no longer holds it (entries removed from the end, or the chain rewritten)' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the audit chain; exit 4 naming the first bad entry'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the chain\'s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later'
complete -c custctl -n "__fish_custctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "contact-class" -d 'Contact classes'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "contact-type" -d 'Contact types: a class and type, their letter and characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "characteristic-type" -d 'Characteristic types: predefined values or ad hoc with a pattern'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "letter-template" -d 'Letter templates'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "receipt-method" -d 'Receipt methods: automatic (bank account or card) or manual'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "profile-class" -d 'Profile classes, versioned by date'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "list" -d 'List catalog entries, of one kind or of all'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and not __fish_seen_subcommand_from contact-class contact-type characteristic-type letter-template receipt-method profile-class list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -f -a "add" -d 'Add a contact class'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -f -a "list" -d 'List the contact classes'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -f -a "update" -d 'Change a class\'s description (its code never changes)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -f -a "deactivate" -d 'Deactivate a class: it takes no new contacts or types; old ones keep it'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-class" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -f -a "add" -d 'Add a contact type under a class, with its letter and characteristic rules'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -f -a "list" -d 'List the contact types with their letters and characteristic rules'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -f -a "update" -d 'Change a type\'s description or letter (its code never changes)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -f -a "deactivate" -d 'Deactivate a type: it takes no new contacts; old ones keep it'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from contact-type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -f -a "add" -d 'Add a characteristic type: predefined values, or ad hoc with an optional pattern'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -f -a "list" -d 'List the characteristic types with their values and patterns'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -f -a "update" -d 'Change a type\'s description; add predefined values or remove unused ones'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -f -a "deactivate" -d 'Deactivate a type: it is set on no record any more; records keep their values'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from characteristic-type" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -f -a "add" -d 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -f -a "update" -d 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -f -a "list" -d 'List the letter templates (without their bodies)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -f -a "show" -d 'Show a letter template with its body'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from letter-template" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -f -a "add" -d 'Add a receipt method: automatic (drawing on a bank account or card) or manual'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -f -a "update" -d 'Change a method\'s description (its code and kind never change)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -f -a "deactivate" -d 'Deactivate a method: it takes no new assignments; old ones keep it'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from receipt-method" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -f -a "add" -d 'Add a profile class with its first version'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -f -a "update" -d 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from profile-class" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "contact-class" -d 'Contact classes'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "contact-type" -d 'Contact types: a class and type, their letter and characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "characteristic-type" -d 'Characteristic types: predefined values or ad hoc with a pattern'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "letter-template" -d 'Letter templates'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "receipt-method" -d 'Receipt methods: automatic (bank account or card) or manual'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "profile-class" -d 'Profile classes, versioned by date'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "list" -d 'List catalog entries, of one kind or of all'
complete -c custctl -n "__fish_custctl_using_subcommand catalog; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "add" -d 'Add a person or organisation'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "list" -d 'List persons, optionally those matching a search text'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "show" -d 'Show a person with contact points, relationships, accounts and latest contacts'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "update" -d 'Change a person\'s fields'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "point" -d 'Contact points (phone, fax, email, im, url)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "characteristic" -d 'Characteristics of a person'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "relate" -d 'Say that a person is a contact of another, for a period; list and end such relationships'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "import" -d 'Import persons from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "delete" -d 'Delete a person added by mistake: refused while anything refers to it'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "duplicates" -d 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "merge" -d 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "garble" -d 'Erase a person\'s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes'
complete -c custctl -n "__fish_custctl_using_subcommand person; and not __fish_seen_subcommand_from add list show update point characteristic relate import delete duplicates merge garble help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l name -d 'The full name (or the organisation\'s name)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l first-name -d 'First name (the name is formed from first and last name when --name is not given)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l last-name -d 'Last name' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l kind -d 'person or organization [default: person]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l external-id -d 'The key of this person in the source system (unique)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l email -d 'Primary email address' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l phone -d 'Primary phone number (stored in E.164, the form as typed beside it)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l region -d 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l search -d 'Only persons whose name, external id or a contact point contains TEXT' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l include-garbled -d 'List garbled persons too (left out otherwise)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l name -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l first-name -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l last-name -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l kind -d 'person or organization' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l external-id -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l email -d 'Replaces the primary email (\'\' clears it)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l phone -d 'Replaces the primary phone (\'\' clears it)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l region -d 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l clear -d 'Empty an optional field: first-name, last-name, external-id, email, phone (repeatable; clearing email or phone ends that primary contact point)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -f -a "add" -d 'Add a contact point; --primary demotes the current primary of its type'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -f -a "list" -d 'List the contact points in use (every one with --all)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -f -a "update" -d 'Change a contact point\'s value or purpose; --clear purpose empties it'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -f -a "end" -d 'End a contact point: it is no longer used from today and stays for the record'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -f -a "set-primary" -d 'Make a contact point the primary of its type'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from point" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -f -a "set" -d 'Set a characteristic (replaces its current value)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -f -a "list" -d 'List the characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -f -a "remove" -d 'Remove a characteristic'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from characteristic" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l to -d 'The person or organisation they are a contact of' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l role -d 'The role (contact)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l start -d 'First day [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l end -d 'Last day [default: open-ended]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -a "list" -d 'List the party relationships a person takes part in (either side) on a date'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -a "end" -d 'End a party relationship: --on is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from relate" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l input-format -d 'csv (with a header row) or ndjson [default: by the file\'s extension, else csv]' -r -f -a "csv\t''
ndjson\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l map -d 'Read the column SOURCE as the field FIELD (repeatable)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l rejects -d 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l region -d 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l match -d 'A row whose external_id is unknown or absent updates the one existing person with the row\'s email or phone (in use; in the order given) instead of adding a person' -r -f -a "email\t''
phone\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l ignore-unknown -d 'Ignore columns that are not fields of the record (instead of refusing the file)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid rows and set the invalid ones aside (exit 0)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l force -d 'With --rejects: replace FILE if it exists'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, but write nothing'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l exclusive -d 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l threshold -d 'The lowest score (0-100) of a pair to report; see README "Duplicates" for the weights' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from duplicates" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l prefer -d 'Whose value stays when a characteristic differs (else the merge is refused)' -r -f -a "keep\t''
duplicate\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l dry-run -d 'Print what would move, write nothing'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l file -d 'A file of references, one a line (blank lines and lines starting with # are skipped): all are garbled in one transaction, or none' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l reason -d 'Why (the erasure request); recorded in the audit log' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l dry-run -d 'Show what would be garbled, ended and redacted; change nothing'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l close-open -d 'Close the person\'s open contacts (refused otherwise)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l end-payment-details -d 'End today the payment details of its accounts in force after today (refused otherwise)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l contacts-of-organisation -d 'For an organisation: garble its contact persons too'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from garble" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a person or organisation'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "list" -d 'List persons, optionally those matching a search text'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a person with contact points, relationships, accounts and latest contacts'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change a person\'s fields'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "point" -d 'Contact points (phone, fax, email, im, url)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "characteristic" -d 'Characteristics of a person'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "relate" -d 'Say that a person is a contact of another, for a period; list and end such relationships'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import persons from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a person added by mistake: refused while anything refers to it'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "duplicates" -d 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "garble" -d 'Erase a person\'s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes'
complete -c custctl -n "__fish_custctl_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "add" -d 'Record that a customer got in touch (or was contacted)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "list" -d 'List contacts, newest first'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "show" -d 'Show a contact with its log and characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "close" -d 'Close an open contact (case file) with a resolution, added to its log'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "reopen" -d 'Reopen a closed contact; adds a log entry'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "log" -d 'The contact\'s log: append-only entries, optionally with a reminder'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "characteristic" -d 'Characteristics of a contact'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "reminders" -d 'Reminders that are due, or mark one done'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "letters" -d 'Letters queued by contacts, or extract the pending ones to files'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "import" -d 'Import contacts from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "delete" -d 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and not __fish_seen_subcommand_from add list show close reopen log characteristic reminders letters import delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l person -d 'The person: an id, or an external id (ext:VALUE)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l class -d 'The contact class' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l type -d 'The contact type (under the class)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l method -d 'phone, email, fax, postal, sms, in-person, web or other' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l direction -d 'inbound (the customer contacted us) or outbound (we contacted them)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l at -d 'When it happened [default: now]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l comment -d 'What it was about' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l char -d 'A characteristic, TYPE=VALUE (repeatable)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l letter -d 'Queue this letter template instead of the type\'s' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l external-id -d 'The key of this contact in a source system (unique)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l open -d 'Keep the contact open as a case file (contacts are closed otherwise)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l person -d 'Only the contacts of this person (an id, or ext:VALUE)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l class -d 'Only contacts of this class' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l type -d 'Only contacts of this type' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l since -d 'Only contacts at or after this time' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l until -d 'Only contacts at or before this time (a date alone: up to the end of that day)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l search -d 'Only contacts whose comment or a log entry contains TEXT (any case)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l user -d 'Only contacts recorded by this user' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l open -d 'Only open contacts'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l closed -d 'Only closed contacts'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l resolution -d 'How the case was resolved (added to the log)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l keep-reminders -d 'Keep its open reminders (by default closing marks them done)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l comment -d 'Why it is reopened (added to the log)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -f -a "add" -d 'Append an entry, optionally with a reminder to a user or a role'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -f -a "list" -d 'List a contact\'s log entries, oldest first'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from log" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -f -a "set" -d 'Set a characteristic (replaces its current value)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -f -a "list" -d 'List the characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -f -a "remove" -d 'Remove a characteristic'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from characteristic" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l due-by -d 'List reminders due by this date [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l lead-days -d 'Days of lead time: a reminder is due N days before its date' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l user -d 'Only reminders to this user (with --role: to this user or that role)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l role -d 'Only reminders to this role (with --user: to that user or this role)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -f -a "done" -d 'Mark the reminder of a log entry done'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from reminders" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l pending -d 'Only letters not printed yet'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l printed -d 'Only letters printed'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -f -a "list" -d 'List the letters (pending, printed and cancelled); a letter\'s ID is its contact\'s id'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -f -a "extract" -d 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -f -a "cancel" -d 'Cancel a pending letter: it is never extracted'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -f -a "reprint" -d 'Print the text a printed letter was printed with, again (audited)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from letters" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l input-format -d 'csv (with a header row) or ndjson [default: by the file\'s extension, else csv]' -r -f -a "csv\t''
ndjson\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l map -d 'Read the column SOURCE as the field FIELD (repeatable)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l rejects -d 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l ignore-unknown -d 'Ignore columns that are not fields of the record (instead of refusing the file)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid rows and set the invalid ones aside (exit 0)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l force -d 'With --rejects: replace FILE if it exists'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, but write nothing'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l exclusive -d 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l queue-letters -d 'Queue the letters of the contact types (as `contact add` does)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record that a customer got in touch (or was contacted)'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "list" -d 'List contacts, newest first'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a contact with its log and characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close an open contact (case file) with a resolution, added to its log'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Reopen a closed contact; adds a log entry'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "log" -d 'The contact\'s log: append-only entries, optionally with a reminder'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "characteristic" -d 'Characteristics of a contact'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "reminders" -d 'Reminders that are due, or mark one done'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "letters" -d 'Letters queued by contacts, or extract the pending ones to files'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import contacts from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter'
complete -c custctl -n "__fish_custctl_using_subcommand contact; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "add" -d 'Add an account; without --person an organisation named after it becomes its customer'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "list" -d 'List accounts by number'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "show" -d 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "update" -d 'Change an account\'s name, status, currency or customer'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "characteristic" -d 'Characteristics of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "site" -d 'Sites (addresses) of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "receipt-method" -d 'Receipt methods assigned to an account or one of its sites'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "contact" -d 'Contact persons of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "defaults" -d 'The defaults in force on a date, each with its reason'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "import" -d 'Import accounts from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "delete" -d 'Delete an account added by mistake: refused while anything refers to it'
complete -c custctl -n "__fish_custctl_using_subcommand account; and not __fish_seen_subcommand_from add list show update characteristic site receipt-method contact defaults import delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l name -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l person -d 'The customer party: a person id or external id' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l currency -d 'ISO 4217 currency [default: USD, or `currency` in the config file]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l person -d 'Only the accounts of this customer party' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l status -d 'Only active or only inactive accounts' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l search -d 'Only accounts whose number or name contains TEXT (any case)' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l on -d 'The day shown [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l name -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l status -d 'active or inactive' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l currency -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l person -d 'A new customer party' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -f -a "set" -d 'Set a characteristic (replaces its current value)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -f -a "list" -d 'List the characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -f -a "remove" -d 'Remove a characteristic'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from characteristic" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "add" -d 'Add a site; --primary makes it the primary site for each of its uses'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "list" -d 'List the sites in use on a date (every site with --all)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "show" -d 'Show one site of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "update" -d 'Change a site\'s address; --clear empties an optional field'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "end" -d 'End a site: --on is its last day in use (today or later)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "set-primary" -d 'Make a site the account\'s primary site for its uses (or those given)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "import" -d 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from site" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -f -a "assign" -d 'Assign a receipt method for a period; assignments of one method never overlap'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -f -a "list" -d 'List the assignments in force on a date, with their primary flag on that date'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -f -a "end" -d 'End an assignment (named by its id): --on is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -f -a "set-primary" -d 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -f -a "history" -d 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from receipt-method" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account\'s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "list" -d 'Each contact with its person\'s contact points and its addresses (the site it is attached to, or the account\'s sites)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "history" -d 'Every version of each contact of the account, with who changed it and when (from the audit log)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "update" -d 'Change a contact\'s job title; add or remove responsibilities'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "end" -d 'End a contact: --on is the last day [default: today]'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "set-primary" -d 'Make a contact the primary of the account (or of its site)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from contact" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l on -d 'The date asked [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l currency -d 'The currency of the default bank account [default: the account\'s currency, plus every currency it has a bank account in]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l site -d 'A bill-to site of the account: its own defaults before the account\'s' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from defaults" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l input-format -d 'csv (with a header row) or ndjson [default: by the file\'s extension, else csv]' -r -f -a "csv\t''
ndjson\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l map -d 'Read the column SOURCE as the field FIELD (repeatable)' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l rejects -d 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l ignore-unknown -d 'Ignore columns that are not fields of the record (instead of refusing the file)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid rows and set the invalid ones aside (exit 0)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l force -d 'With --rejects: replace FILE if it exists'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, but write nothing'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l exclusive -d 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an account; without --person an organisation named after it becomes its customer'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts by number'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "show" -d 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change an account\'s name, status, currency or customer'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "characteristic" -d 'Characteristics of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "site" -d 'Sites (addresses) of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "receipt-method" -d 'Receipt methods assigned to an account or one of its sites'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "contact" -d 'Contact persons of an account'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "defaults" -d 'The defaults in force on a date, each with its reason'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import accounts from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an account added by mistake: refused while anything refers to it'
complete -c custctl -n "__fish_custctl_using_subcommand account; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "add" -d 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "list" -d 'List the instruments of an account in force on a date (bank numbers masked)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "show" -d 'Show one instrument (bank numbers masked unless --reveal)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "end" -d 'End an instrument: --on is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "update" -d 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card\'s expiry (with its number typed again); the card or bank account itself never changes'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "set-primary" -d 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "history" -d 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "import" -d 'Import instruments from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and not __fish_seen_subcommand_from add list show end update set-primary history import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l card-number -d 'A card\'s number (never stored: only brand, last 4, expiry and a keyed fingerprint)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l expiry -d 'The card\'s expiry month' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l iban -d 'A bank account\'s IBAN' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l bic -d 'The BIC of the IBAN\'s bank (of the IBAN\'s country)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l bank-account -d 'A bank account\'s domestic number (with --bank-code and --country)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l bank-code -d 'The domestic bank code (bank and branch identifiers)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l country -d 'The bank account\'s country (ISO 3166 two-letter code)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l currency -d 'A bank account\'s currency (ISO 4217); cards have none' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l holder -d 'The name of the card or account holder' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l site -d 'Attach it to this bill-to site of the account' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l start -d 'First active day [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l end -d 'Last active day [default: open-ended; a card also ends with its expiry month]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l preference -d 'Order of preference among instruments without a primary (1 first)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l external-id -d 'An id of the instrument in another system (unique)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l primary -d 'Primary of its scope over its whole period (refused when another primary overlaps: use set-primary)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l currency -d 'Only the bank accounts of this currency' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l on -d 'The date asked [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l all -d 'Every instrument, not only those in force on the date'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l reveal -d 'Show bank numbers in full (each reveal is audited)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l on -d 'The date asked for `active`, `primary` and `default` [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l reveal -d 'Show bank numbers in full (audited)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l on -d 'The last active day' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l card-number -d 'The card\'s number typed again, to renew its expiry (checked against the stored card, never stored)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l expiry -d 'The renewed card\'s expiry month' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l holder -d 'The name of the card or account holder (\'\' clears it)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l bic -d 'The BIC of a bank account\'s bank (\'\' clears it)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l preference -d 'The order of choice among instruments of one scope, 1 first (\'\' clears it)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l end -d 'The last active day, as with instrument end (ending never extends)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l from -d 'The first day it is primary [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from set-primary" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l input-format -d 'csv (with a header row) or ndjson [default: by the file\'s extension, else csv]' -r -f -a "csv\t''
ndjson\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l map -d 'Read the column SOURCE as the field FIELD (repeatable)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l delimiter -d 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l encoding -d 'The file\'s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l rejects -d 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l ignore-unknown -d 'Ignore columns that are not fields of the record (instead of refusing the file)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l skip-invalid -d 'Write the valid rows and set the invalid ones aside (exit 0)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l force -d 'With --rejects: replace FILE if it exists'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every row and report the counts, but write nothing'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l exclusive -d 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the instruments of an account in force on a date (bank numbers masked)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one instrument (bank numbers masked unless --reveal)'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "end" -d 'End an instrument: --on is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "update" -d 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card\'s expiry (with its number typed again); the card or bank account itself never changes'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "set-primary" -d 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import instruments from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand instrument; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -f -a "link" -d 'Link two accounts for a period'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -f -a "list" -d 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -f -a "unlink" -d 'End a relationship: the date is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and not __fish_seen_subcommand_from link list unlink help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l start -d 'The first day [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l end -d 'The last day [default: open-ended]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l comment -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l bill-to -d 'The first account may be invoiced for the related one'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l ship-to -d 'The first account may receive the related one\'s shipments'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l reciprocal -d 'Make payment sharing (and bill-to, ship-to) two-way'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l on -d 'The date asked [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l on -d 'The last active day [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from unlink" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link two accounts for a period'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from help" -f -a "list" -d 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from help" -f -a "unlink" -d 'End a relationship: the date is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand relationship; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -f -a "set" -d 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -f -a "show" -d 'The profile values in force on a date, each with its source (class or override)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -f -a "history" -d 'Every profile assignment of an account, with its overrides'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and not __fish_seen_subcommand_from set show history help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l class -d 'The profile class code' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l start -d 'The first day [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l end -d 'The last day [default: open-ended]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l payment-terms -d 'Payment terms code, e.g. NET30' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l credit-limit -d 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l credit-check -d 'Whether orders are credit-checked: true or false' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l credit-hold -d 'Whether the account is on credit hold: true or false' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l tolerance -d 'Receipt tolerance in percent (0 to 100, at most two decimals)' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l statement-cycle -d 'Statement cycle code, e.g. MONTHLY' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l send-statements -d 'Whether statements are sent: true or false' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l dunning-letters -d 'Whether dunning letters are sent: true or false' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l collector -d 'The collector\'s name' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l backdate -d 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l on -d 'The date asked [default: today]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "set" -d 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "show" -d 'The profile values in force on a date, each with its source (class or override)'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "history" -d 'Every profile assignment of an account, with its overrides'
complete -c custctl -n "__fish_custctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand export" -l entities -d 'Only these kinds (comma-separated; the names are the `kind` values of an export)' -r
complete -c custctl -n "__fish_custctl_using_subcommand export" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand export" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand export" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand export" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand export" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand export" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand export" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand export" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand export" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l key -d 'Give the new database this key file (the source database\'s `.key`), so that card fingerprints keep matching' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -a "columns" -d 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required'
complete -c custctl -n "__fish_custctl_using_subcommand import; and not __fish_seen_subcommand_from columns help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l columns -d 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)' -r
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l limit -d 'Print at most N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l offset -d 'Skip the first N rows' -r
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l wide -d 'Show every column in a table'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l count -d 'Print only the number of rows (after --offset and --limit)'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from columns" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "columns" -d 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required'
complete -c custctl -n "__fish_custctl_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -a "install" -d 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell\'s startup file (elvish, powershell)'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and not __fish_seen_subcommand_from install help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from help" -f -a "install" -d 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell\'s startup file (elvish, powershell)'
complete -c custctl -n "__fish_custctl_using_subcommand completions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Each setting with its value and where it came from (flag, env, config file, built-in)'
complete -c custctl -n "__fish_custctl_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l key-file -d 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]' -r -F
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format [env: CUSTCTL_FORMAT] [default: table]' -r -f -a "table\t''
json\t''
ndjson\t''
csv\t''"
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l actor -d 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]' -r
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l color -d 'When to colour output' -r -f -a "auto\t''
always\t''
never\t''"
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Short for --format json'
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Silence messages (not data)'
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -l create -d 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Each setting with its value and where it came from (flag, env, config file, built-in)'
complete -c custctl -n "__fish_custctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "init" -d 'Create or migrate the database; print its path and schema version'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "doctor" -d 'Check the database, the audit chain and every business invariant'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "backup" -d 'Copy the database consistently (while others write), with its key file'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "audit" -d 'List audit entries, or verify the audit chain'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "catalog" -d 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "person" -d 'Persons and organisations, their contact points and relationships'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "contact" -d 'Customer contacts: the record of every time a customer got in touch'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "account" -d 'Customer accounts, their sites, receipt methods and contacts'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "instrument" -d 'Payment instruments: cards and bank accounts'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "relationship" -d 'Relationships between accounts'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "profile" -d 'Account profiles: a profile class for a period, with overrides'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "export" -d 'Write every record as NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "import" -d 'Read an export back'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "completions" -d 'Print shell completions, or install them where the shell looks'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "config" -d 'The settings in force and where each came from'
complete -c custctl -n "__fish_custctl_using_subcommand help; and not __fish_seen_subcommand_from init doctor backup audit catalog person contact account instrument relationship profile export import completions config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the audit chain; exit 4 naming the first bad entry'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the chain\'s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "contact-class" -d 'Contact classes'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "contact-type" -d 'Contact types: a class and type, their letter and characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "characteristic-type" -d 'Characteristic types: predefined values or ad hoc with a pattern'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "letter-template" -d 'Letter templates'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "receipt-method" -d 'Receipt methods: automatic (bank account or card) or manual'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "profile-class" -d 'Profile classes, versioned by date'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from catalog" -f -a "list" -d 'List catalog entries, of one kind or of all'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "add" -d 'Add a person or organisation'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "list" -d 'List persons, optionally those matching a search text'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "show" -d 'Show a person with contact points, relationships, accounts and latest contacts'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "update" -d 'Change a person\'s fields'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "point" -d 'Contact points (phone, fax, email, im, url)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "characteristic" -d 'Characteristics of a person'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "relate" -d 'Say that a person is a contact of another, for a period; list and end such relationships'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "import" -d 'Import persons from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "delete" -d 'Delete a person added by mistake: refused while anything refers to it'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "duplicates" -d 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "merge" -d 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "garble" -d 'Erase a person\'s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "add" -d 'Record that a customer got in touch (or was contacted)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "list" -d 'List contacts, newest first'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "show" -d 'Show a contact with its log and characteristics'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "close" -d 'Close an open contact (case file) with a resolution, added to its log'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "reopen" -d 'Reopen a closed contact; adds a log entry'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "log" -d 'The contact\'s log: append-only entries, optionally with a reminder'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "characteristic" -d 'Characteristics of a contact'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "reminders" -d 'Reminders that are due, or mark one done'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "letters" -d 'Letters queued by contacts, or extract the pending ones to files'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "import" -d 'Import contacts from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from contact" -f -a "delete" -d 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "add" -d 'Add an account; without --person an organisation named after it becomes its customer'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "list" -d 'List accounts by number'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "show" -d 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "update" -d 'Change an account\'s name, status, currency or customer'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "characteristic" -d 'Characteristics of an account'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "site" -d 'Sites (addresses) of an account'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "receipt-method" -d 'Receipt methods assigned to an account or one of its sites'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "contact" -d 'Contact persons of an account'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "defaults" -d 'The defaults in force on a date, each with its reason'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "import" -d 'Import accounts from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from account" -f -a "delete" -d 'Delete an account added by mistake: refused while anything refers to it'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "add" -d 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "list" -d 'List the instruments of an account in force on a date (bank numbers masked)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "show" -d 'Show one instrument (bank numbers masked unless --reveal)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "end" -d 'End an instrument: --on is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "update" -d 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card\'s expiry (with its number typed again); the card or bank account itself never changes'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "set-primary" -d 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "history" -d 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from instrument" -f -a "import" -d 'Import instruments from CSV or NDJSON'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from relationship" -f -a "link" -d 'Link two accounts for a period'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from relationship" -f -a "list" -d 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from relationship" -f -a "unlink" -d 'End a relationship: the date is its last active day'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "set" -d 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "show" -d 'The profile values in force on a date, each with its source (class or override)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "history" -d 'Every profile assignment of an account, with its overrides'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "columns" -d 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from completions" -f -a "install" -d 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell\'s startup file (elvish, powershell)'
complete -c custctl -n "__fish_custctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Each setting with its value and where it came from (flag, env, config file, built-in)'
