
use builtin;
use str;

set edit:completion:arg-completer[custctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'custctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'custctl'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or migrate the database; print its path and schema version'
            cand doctor 'Check the database, the audit chain and every business invariant'
            cand backup 'Copy the database consistently (while others write), with its key file'
            cand audit 'List audit entries, or verify the audit chain'
            cand catalog 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes'
            cand person 'Persons and organisations, their contact points and relationships'
            cand contact 'Customer contacts: the record of every time a customer got in touch'
            cand account 'Customer accounts, their sites, receipt methods and contacts'
            cand instrument 'Payment instruments: cards and bank accounts'
            cand relationship 'Relationships between accounts'
            cand profile 'Account profiles: a profile class for a period, with overrides'
            cand export 'Write every record as NDJSON'
            cand import 'Read an export back'
            cand completions 'Print shell completions, or install them where the shell looks'
            cand config 'The settings in force and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;init'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;doctor'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;backup'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --force 'Replace FILE (and FILE.key) if they exist'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;audit'= {
            cand --entity 'Only entries about this kind of record (person, account, contact, ...)'
            cand --id 'Only entries about this record: an id, ext:EXTERNAL_ID (with --entity), or an account number'
            cand --since 'Only entries at or after this time'
            cand --by 'Only entries made by NAME (the actor recorded with them)'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand verify 'Check the audit chain; exit 4 naming the first bad entry'
            cand head 'Print the chain''s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;audit;verify'= {
            cand --expect-head 'A head kept from earlier (`custctl audit head`: COUNT:HMAC, or the HMAC alone): exit 4 when the chain no longer holds it (entries removed from the end, or the chain rewritten)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;audit;head'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;audit;help'= {
            cand verify 'Check the audit chain; exit 4 naming the first bad entry'
            cand head 'Print the chain''s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;audit;help;verify'= {
        }
        &'custctl;audit;help;head'= {
        }
        &'custctl;audit;help;help'= {
        }
        &'custctl;catalog'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand contact-class 'Contact classes'
            cand contact-type 'Contact types: a class and type, their letter and characteristics'
            cand characteristic-type 'Characteristic types: predefined values or ad hoc with a pattern'
            cand letter-template 'Letter templates'
            cand receipt-method 'Receipt methods: automatic (bank account or card) or manual'
            cand profile-class 'Profile classes, versioned by date'
            cand list 'List catalog entries, of one kind or of all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;contact-class'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact class'
            cand list 'List the contact classes'
            cand update 'Change a class''s description (its code never changes)'
            cand deactivate 'Deactivate a class: it takes no new contacts or types; old ones keep it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;contact-class;add'= {
            cand --description 'What the class is for'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-class;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-class;update'= {
            cand --description 'description'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-class;deactivate'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-class;help'= {
            cand add 'Add a contact class'
            cand list 'List the contact classes'
            cand update 'Change a class''s description (its code never changes)'
            cand deactivate 'Deactivate a class: it takes no new contacts or types; old ones keep it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;contact-class;help;add'= {
        }
        &'custctl;catalog;contact-class;help;list'= {
        }
        &'custctl;catalog;contact-class;help;update'= {
        }
        &'custctl;catalog;contact-class;help;deactivate'= {
        }
        &'custctl;catalog;contact-class;help;help'= {
        }
        &'custctl;catalog;contact-type'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact type under a class, with its letter and characteristic rules'
            cand list 'List the contact types with their letters and characteristic rules'
            cand update 'Change a type''s description or letter (its code never changes)'
            cand deactivate 'Deactivate a type: it takes no new contacts; old ones keep it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;contact-type;add'= {
            cand --description 'What the type is for'
            cand --letter 'A letter template that contacts of this type queue'
            cand --char 'A characteristic the type allows, with an optional default and whether it is required: TYPE[=DEFAULT][:required] (repeatable)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-type;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-type;update'= {
            cand --description 'description'
            cand --letter 'A letter template that new contacts of this type queue ('''' clears it)'
            cand --clear 'Empty an optional field: letter'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-type;deactivate'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;contact-type;help'= {
            cand add 'Add a contact type under a class, with its letter and characteristic rules'
            cand list 'List the contact types with their letters and characteristic rules'
            cand update 'Change a type''s description or letter (its code never changes)'
            cand deactivate 'Deactivate a type: it takes no new contacts; old ones keep it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;contact-type;help;add'= {
        }
        &'custctl;catalog;contact-type;help;list'= {
        }
        &'custctl;catalog;contact-type;help;update'= {
        }
        &'custctl;catalog;contact-type;help;deactivate'= {
        }
        &'custctl;catalog;contact-type;help;help'= {
        }
        &'custctl;catalog;characteristic-type'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a characteristic type: predefined values, or ad hoc with an optional pattern'
            cand list 'List the characteristic types with their values and patterns'
            cand update 'Change a type''s description; add predefined values or remove unused ones'
            cand deactivate 'Deactivate a type: it is set on no record any more; records keep their values'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;characteristic-type;add'= {
            cand --description 'What the characteristic says'
            cand --values 'The predefined values, comma-separated'
            cand --pattern 'A regular expression an ad hoc value must match as a whole'
            cand --applies-to 'The records it applies to: contact, person, account (comma-separated)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --adhoc 'Values are free text (optionally matching --pattern)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;characteristic-type;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;characteristic-type;update'= {
            cand --description 'description'
            cand --add-value 'A predefined value to add at the end (repeatable)'
            cand --remove-value 'A predefined value to remove; refused while a record uses it (repeatable)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;characteristic-type;deactivate'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;characteristic-type;help'= {
            cand add 'Add a characteristic type: predefined values, or ad hoc with an optional pattern'
            cand list 'List the characteristic types with their values and patterns'
            cand update 'Change a type''s description; add predefined values or remove unused ones'
            cand deactivate 'Deactivate a type: it is set on no record any more; records keep their values'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;characteristic-type;help;add'= {
        }
        &'custctl;catalog;characteristic-type;help;list'= {
        }
        &'custctl;catalog;characteristic-type;help;update'= {
        }
        &'custctl;catalog;characteristic-type;help;deactivate'= {
        }
        &'custctl;catalog;characteristic-type;help;help'= {
        }
        &'custctl;catalog;letter-template'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log'
            cand update 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)'
            cand list 'List the letter templates (without their bodies)'
            cand show 'Show a letter template with its body'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;letter-template;add'= {
            cand --description 'What the letter is for'
            cand --body-file 'The file holding the body (- for stdin)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --system-only 'Only custctl itself may queue this template (a manual contact naming it is refused)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'custctl;catalog;letter-template;update'= {
            cand --description 'What the letter is for'
            cand --body-file 'The file holding the new body (- for stdin)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'custctl;catalog;letter-template;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;letter-template;show'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;letter-template;help'= {
            cand add 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log'
            cand update 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)'
            cand list 'List the letter templates (without their bodies)'
            cand show 'Show a letter template with its body'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;letter-template;help;add'= {
        }
        &'custctl;catalog;letter-template;help;update'= {
        }
        &'custctl;catalog;letter-template;help;list'= {
        }
        &'custctl;catalog;letter-template;help;show'= {
        }
        &'custctl;catalog;letter-template;help;help'= {
        }
        &'custctl;catalog;receipt-method'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a receipt method: automatic (drawing on a bank account or card) or manual'
            cand update 'Change a method''s description (its code and kind never change)'
            cand deactivate 'Deactivate a method: it takes no new assignments; old ones keep it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;receipt-method;add'= {
            cand --description 'description'
            cand --kind 'automatic or manual'
            cand --payment-type 'What an automatic method draws on: bank-account or card'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --confirm 'Receipts need confirmation'
            cand --remit 'Receipts need remittance'
            cand --reconcile 'Receipts need reconciliation'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;receipt-method;update'= {
            cand --description 'description'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;receipt-method;deactivate'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;receipt-method;help'= {
            cand add 'Add a receipt method: automatic (drawing on a bank account or card) or manual'
            cand update 'Change a method''s description (its code and kind never change)'
            cand deactivate 'Deactivate a method: it takes no new assignments; old ones keep it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;receipt-method;help;add'= {
        }
        &'custctl;catalog;receipt-method;help;update'= {
        }
        &'custctl;catalog;receipt-method;help;deactivate'= {
        }
        &'custctl;catalog;receipt-method;help;help'= {
        }
        &'custctl;catalog;profile-class'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a profile class with its first version'
            cand update 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;profile-class;add'= {
            cand --description 'description'
            cand --from 'The date its first version takes effect [default: today]'
            cand --payment-terms 'Payment terms code, e.g. NET30'
            cand --credit-limit 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency'
            cand --credit-check 'Whether orders are credit-checked: true or false'
            cand --credit-hold 'Whether the account is on credit hold: true or false'
            cand --tolerance 'Receipt tolerance in percent (0 to 100, at most two decimals)'
            cand --statement-cycle 'Statement cycle code, e.g. MONTHLY'
            cand --send-statements 'Whether statements are sent: true or false'
            cand --dunning-letters 'Whether dunning letters are sent: true or false'
            cand --collector 'The collector''s name'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;profile-class;update'= {
            cand --from 'The first day of the new version'
            cand --description 'A new description (not versioned)'
            cand --payment-terms 'Payment terms code, e.g. NET30'
            cand --credit-limit 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency'
            cand --credit-check 'Whether orders are credit-checked: true or false'
            cand --credit-hold 'Whether the account is on credit hold: true or false'
            cand --tolerance 'Receipt tolerance in percent (0 to 100, at most two decimals)'
            cand --statement-cycle 'Statement cycle code, e.g. MONTHLY'
            cand --send-statements 'Whether statements are sent: true or false'
            cand --dunning-letters 'Whether dunning letters are sent: true or false'
            cand --collector 'The collector''s name'
            cand --clear 'Leave a field unset in the new version (repeatable): payment-terms, credit-limit (every currency), credit-check, credit-hold, tolerance, statement-cycle, send-statements, dunning-letters, collector'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;profile-class;help'= {
            cand add 'Add a profile class with its first version'
            cand update 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;profile-class;help;add'= {
        }
        &'custctl;catalog;profile-class;help;update'= {
        }
        &'custctl;catalog;profile-class;help;help'= {
        }
        &'custctl;catalog;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;catalog;help'= {
            cand contact-class 'Contact classes'
            cand contact-type 'Contact types: a class and type, their letter and characteristics'
            cand characteristic-type 'Characteristic types: predefined values or ad hoc with a pattern'
            cand letter-template 'Letter templates'
            cand receipt-method 'Receipt methods: automatic (bank account or card) or manual'
            cand profile-class 'Profile classes, versioned by date'
            cand list 'List catalog entries, of one kind or of all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;catalog;help;contact-class'= {
            cand add 'Add a contact class'
            cand list 'List the contact classes'
            cand update 'Change a class''s description (its code never changes)'
            cand deactivate 'Deactivate a class: it takes no new contacts or types; old ones keep it'
        }
        &'custctl;catalog;help;contact-class;add'= {
        }
        &'custctl;catalog;help;contact-class;list'= {
        }
        &'custctl;catalog;help;contact-class;update'= {
        }
        &'custctl;catalog;help;contact-class;deactivate'= {
        }
        &'custctl;catalog;help;contact-type'= {
            cand add 'Add a contact type under a class, with its letter and characteristic rules'
            cand list 'List the contact types with their letters and characteristic rules'
            cand update 'Change a type''s description or letter (its code never changes)'
            cand deactivate 'Deactivate a type: it takes no new contacts; old ones keep it'
        }
        &'custctl;catalog;help;contact-type;add'= {
        }
        &'custctl;catalog;help;contact-type;list'= {
        }
        &'custctl;catalog;help;contact-type;update'= {
        }
        &'custctl;catalog;help;contact-type;deactivate'= {
        }
        &'custctl;catalog;help;characteristic-type'= {
            cand add 'Add a characteristic type: predefined values, or ad hoc with an optional pattern'
            cand list 'List the characteristic types with their values and patterns'
            cand update 'Change a type''s description; add predefined values or remove unused ones'
            cand deactivate 'Deactivate a type: it is set on no record any more; records keep their values'
        }
        &'custctl;catalog;help;characteristic-type;add'= {
        }
        &'custctl;catalog;help;characteristic-type;list'= {
        }
        &'custctl;catalog;help;characteristic-type;update'= {
        }
        &'custctl;catalog;help;characteristic-type;deactivate'= {
        }
        &'custctl;catalog;help;letter-template'= {
            cand add 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log'
            cand update 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)'
            cand list 'List the letter templates (without their bodies)'
            cand show 'Show a letter template with its body'
        }
        &'custctl;catalog;help;letter-template;add'= {
        }
        &'custctl;catalog;help;letter-template;update'= {
        }
        &'custctl;catalog;help;letter-template;list'= {
        }
        &'custctl;catalog;help;letter-template;show'= {
        }
        &'custctl;catalog;help;receipt-method'= {
            cand add 'Add a receipt method: automatic (drawing on a bank account or card) or manual'
            cand update 'Change a method''s description (its code and kind never change)'
            cand deactivate 'Deactivate a method: it takes no new assignments; old ones keep it'
        }
        &'custctl;catalog;help;receipt-method;add'= {
        }
        &'custctl;catalog;help;receipt-method;update'= {
        }
        &'custctl;catalog;help;receipt-method;deactivate'= {
        }
        &'custctl;catalog;help;profile-class'= {
            cand add 'Add a profile class with its first version'
            cand update 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values'
        }
        &'custctl;catalog;help;profile-class;add'= {
        }
        &'custctl;catalog;help;profile-class;update'= {
        }
        &'custctl;catalog;help;list'= {
        }
        &'custctl;catalog;help;help'= {
        }
        &'custctl;person'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a person or organisation'
            cand list 'List persons, optionally those matching a search text'
            cand show 'Show a person with contact points, relationships, accounts and latest contacts'
            cand update 'Change a person''s fields'
            cand point 'Contact points (phone, fax, email, im, url)'
            cand characteristic 'Characteristics of a person'
            cand relate 'Say that a person is a contact of another, for a period; list and end such relationships'
            cand import 'Import persons from CSV or NDJSON'
            cand delete 'Delete a person added by mistake: refused while anything refers to it'
            cand duplicates 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)'
            cand merge 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it'
            cand garble 'Erase a person''s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;add'= {
            cand --name 'The full name (or the organisation''s name)'
            cand --first-name 'First name (the name is formed from first and last name when --name is not given)'
            cand --last-name 'Last name'
            cand --kind 'person or organization [default: person]'
            cand --external-id 'The key of this person in the source system (unique)'
            cand --email 'Primary email address'
            cand --phone 'Primary phone number (stored in E.164, the form as typed beside it)'
            cand --region 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;list'= {
            cand --search 'Only persons whose name, external id or a contact point contains TEXT'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --include-garbled 'List garbled persons too (left out otherwise)'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;show'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;update'= {
            cand --name 'name'
            cand --first-name 'first-name'
            cand --last-name 'last-name'
            cand --kind 'person or organization'
            cand --external-id 'external-id'
            cand --email 'Replaces the primary email ('''' clears it)'
            cand --phone 'Replaces the primary phone ('''' clears it)'
            cand --region 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]'
            cand --clear 'Empty an optional field: first-name, last-name, external-id, email, phone (repeatable; clearing email or phone ends that primary contact point)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;point'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact point; --primary demotes the current primary of its type'
            cand list 'List the contact points in use (every one with --all)'
            cand update 'Change a contact point''s value or purpose; --clear purpose empties it'
            cand end 'End a contact point: it is no longer used from today and stays for the record'
            cand set-primary 'Make a contact point the primary of its type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;point;add'= {
            cand --type 'phone, fax, email, im or url'
            cand --value 'value'
            cand --purpose 'What the point is for (home, work, ...)'
            cand --region 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Make it the primary point of its type'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;point;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Ended points too'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;point;update'= {
            cand --value 'A new value, checked for the point''s type'
            cand --purpose 'A new purpose ('''' clears it)'
            cand --clear 'Empty an optional field: purpose'
            cand --region 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;point;end'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;point;set-primary'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;point;help'= {
            cand add 'Add a contact point; --primary demotes the current primary of its type'
            cand list 'List the contact points in use (every one with --all)'
            cand update 'Change a contact point''s value or purpose; --clear purpose empties it'
            cand end 'End a contact point: it is no longer used from today and stays for the record'
            cand set-primary 'Make a contact point the primary of its type'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;point;help;add'= {
        }
        &'custctl;person;point;help;list'= {
        }
        &'custctl;person;point;help;update'= {
        }
        &'custctl;person;point;help;end'= {
        }
        &'custctl;person;point;help;set-primary'= {
        }
        &'custctl;person;point;help;help'= {
        }
        &'custctl;person;characteristic'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;characteristic;set'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;characteristic;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;characteristic;remove'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;characteristic;help'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;characteristic;help;set'= {
        }
        &'custctl;person;characteristic;help;list'= {
        }
        &'custctl;person;characteristic;help;remove'= {
        }
        &'custctl;person;characteristic;help;help'= {
        }
        &'custctl;person;relate'= {
            cand --to 'The person or organisation they are a contact of'
            cand --role 'The role (contact)'
            cand --start 'First day [default: today]'
            cand --end 'Last day [default: open-ended]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the party relationships a person takes part in (either side) on a date'
            cand end 'End a party relationship: --on is its last active day'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;relate;list'= {
            cand --on 'The date asked [default: today]'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Every relationship, not only those in force on the date (`active` as on the date)'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;relate;end'= {
            cand --on 'The last active day'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;relate;help'= {
            cand list 'List the party relationships a person takes part in (either side) on a date'
            cand end 'End a party relationship: --on is its last active day'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;relate;help;list'= {
        }
        &'custctl;person;relate;help;end'= {
        }
        &'custctl;person;relate;help;help'= {
        }
        &'custctl;person;import'= {
            cand --input-format 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]'
            cand --map 'Read the column SOURCE as the field FIELD (repeatable)'
            cand --delimiter 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]'
            cand --encoding 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)'
            cand --rejects 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column'
            cand --region 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]'
            cand --match 'A row whose external_id is unknown or absent updates the one existing person with the row''s email or phone (in use; in the order given) instead of adding a person'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --ignore-unknown 'Ignore columns that are not fields of the record (instead of refusing the file)'
            cand --skip-invalid 'Write the valid rows and set the invalid ones aside (exit 0)'
            cand --force 'With --rejects: replace FILE if it exists'
            cand --dry-run 'Check every row and report the counts, but write nothing'
            cand --exclusive 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;delete'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;duplicates'= {
            cand --threshold 'The lowest score (0-100) of a pair to report; see README "Duplicates" for the weights'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;merge'= {
            cand --prefer 'Whose value stays when a characteristic differs (else the merge is refused)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --dry-run 'Print what would move, write nothing'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;garble'= {
            cand --file 'A file of references, one a line (blank lines and lines starting with # are skipped): all are garbled in one transaction, or none'
            cand --reason 'Why (the erasure request); recorded in the audit log'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --dry-run 'Show what would be garbled, ended and redacted; change nothing'
            cand --close-open 'Close the person''s open contacts (refused otherwise)'
            cand --end-payment-details 'End today the payment details of its accounts in force after today (refused otherwise)'
            cand --contacts-of-organisation 'For an organisation: garble its contact persons too'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;person;help'= {
            cand add 'Add a person or organisation'
            cand list 'List persons, optionally those matching a search text'
            cand show 'Show a person with contact points, relationships, accounts and latest contacts'
            cand update 'Change a person''s fields'
            cand point 'Contact points (phone, fax, email, im, url)'
            cand characteristic 'Characteristics of a person'
            cand relate 'Say that a person is a contact of another, for a period; list and end such relationships'
            cand import 'Import persons from CSV or NDJSON'
            cand delete 'Delete a person added by mistake: refused while anything refers to it'
            cand duplicates 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)'
            cand merge 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it'
            cand garble 'Erase a person''s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;person;help;add'= {
        }
        &'custctl;person;help;list'= {
        }
        &'custctl;person;help;show'= {
        }
        &'custctl;person;help;update'= {
        }
        &'custctl;person;help;point'= {
            cand add 'Add a contact point; --primary demotes the current primary of its type'
            cand list 'List the contact points in use (every one with --all)'
            cand update 'Change a contact point''s value or purpose; --clear purpose empties it'
            cand end 'End a contact point: it is no longer used from today and stays for the record'
            cand set-primary 'Make a contact point the primary of its type'
        }
        &'custctl;person;help;point;add'= {
        }
        &'custctl;person;help;point;list'= {
        }
        &'custctl;person;help;point;update'= {
        }
        &'custctl;person;help;point;end'= {
        }
        &'custctl;person;help;point;set-primary'= {
        }
        &'custctl;person;help;characteristic'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
        }
        &'custctl;person;help;characteristic;set'= {
        }
        &'custctl;person;help;characteristic;list'= {
        }
        &'custctl;person;help;characteristic;remove'= {
        }
        &'custctl;person;help;relate'= {
            cand list 'List the party relationships a person takes part in (either side) on a date'
            cand end 'End a party relationship: --on is its last active day'
        }
        &'custctl;person;help;relate;list'= {
        }
        &'custctl;person;help;relate;end'= {
        }
        &'custctl;person;help;import'= {
        }
        &'custctl;person;help;delete'= {
        }
        &'custctl;person;help;duplicates'= {
        }
        &'custctl;person;help;merge'= {
        }
        &'custctl;person;help;garble'= {
        }
        &'custctl;person;help;help'= {
        }
        &'custctl;contact'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Record that a customer got in touch (or was contacted)'
            cand list 'List contacts, newest first'
            cand show 'Show a contact with its log and characteristics'
            cand close 'Close an open contact (case file) with a resolution, added to its log'
            cand reopen 'Reopen a closed contact; adds a log entry'
            cand log 'The contact''s log: append-only entries, optionally with a reminder'
            cand characteristic 'Characteristics of a contact'
            cand reminders 'Reminders that are due, or mark one done'
            cand letters 'Letters queued by contacts, or extract the pending ones to files'
            cand import 'Import contacts from CSV or NDJSON'
            cand delete 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;add'= {
            cand --person 'The person: an id, or an external id (ext:VALUE)'
            cand --class 'The contact class'
            cand --type 'The contact type (under the class)'
            cand --method 'phone, email, fax, postal, sms, in-person, web or other'
            cand --direction 'inbound (the customer contacted us) or outbound (we contacted them)'
            cand --at 'When it happened [default: now]'
            cand --comment 'What it was about'
            cand --char 'A characteristic, TYPE=VALUE (repeatable)'
            cand --letter 'Queue this letter template instead of the type''s'
            cand --external-id 'The key of this contact in a source system (unique)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --open 'Keep the contact open as a case file (contacts are closed otherwise)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;list'= {
            cand --person 'Only the contacts of this person (an id, or ext:VALUE)'
            cand --class 'Only contacts of this class'
            cand --type 'Only contacts of this type'
            cand --since 'Only contacts at or after this time'
            cand --until 'Only contacts at or before this time (a date alone: up to the end of that day)'
            cand --search 'Only contacts whose comment or a log entry contains TEXT (any case)'
            cand --user 'Only contacts recorded by this user'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --open 'Only open contacts'
            cand --closed 'Only closed contacts'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;show'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;close'= {
            cand --resolution 'How the case was resolved (added to the log)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --keep-reminders 'Keep its open reminders (by default closing marks them done)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;reopen'= {
            cand --comment 'Why it is reopened (added to the log)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;log'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Append an entry, optionally with a reminder to a user or a role'
            cand list 'List a contact''s log entries, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;log;add'= {
            cand --text 'The entry'
            cand --remind-on 'Set a reminder for this date'
            cand --to-user 'The user to remind'
            cand --to-role 'The role to remind'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;log;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;log;help'= {
            cand add 'Append an entry, optionally with a reminder to a user or a role'
            cand list 'List a contact''s log entries, oldest first'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;log;help;add'= {
        }
        &'custctl;contact;log;help;list'= {
        }
        &'custctl;contact;log;help;help'= {
        }
        &'custctl;contact;characteristic'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;characteristic;set'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;characteristic;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;characteristic;remove'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;characteristic;help'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;characteristic;help;set'= {
        }
        &'custctl;contact;characteristic;help;list'= {
        }
        &'custctl;contact;characteristic;help;remove'= {
        }
        &'custctl;contact;characteristic;help;help'= {
        }
        &'custctl;contact;reminders'= {
            cand --due-by 'List reminders due by this date [default: today]'
            cand --lead-days 'Days of lead time: a reminder is due N days before its date'
            cand --user 'Only reminders to this user (with --role: to this user or that role)'
            cand --role 'Only reminders to this role (with --user: to that user or this role)'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand done 'Mark the reminder of a log entry done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;reminders;done'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;reminders;help'= {
            cand done 'Mark the reminder of a log entry done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;reminders;help;done'= {
        }
        &'custctl;contact;reminders;help;help'= {
        }
        &'custctl;contact;letters'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --pending 'Only letters not printed yet'
            cand --printed 'Only letters printed'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand list 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id'
            cand extract 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written'
            cand cancel 'Cancel a pending letter: it is never extracted'
            cand reprint 'Print the text a printed letter was printed with, again (audited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;letters;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --pending 'Only letters not printed yet'
            cand --printed 'Only letters printed'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;letters;extract'= {
            cand --out 'The folder for the letters (created if missing)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --force 'Replace letter files that already exist in DIR'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;letters;cancel'= {
            cand --reason 'Why it is cancelled'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;letters;reprint'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;letters;help'= {
            cand list 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id'
            cand extract 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written'
            cand cancel 'Cancel a pending letter: it is never extracted'
            cand reprint 'Print the text a printed letter was printed with, again (audited)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;letters;help;list'= {
        }
        &'custctl;contact;letters;help;extract'= {
        }
        &'custctl;contact;letters;help;cancel'= {
        }
        &'custctl;contact;letters;help;reprint'= {
        }
        &'custctl;contact;letters;help;help'= {
        }
        &'custctl;contact;import'= {
            cand --input-format 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]'
            cand --map 'Read the column SOURCE as the field FIELD (repeatable)'
            cand --delimiter 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]'
            cand --encoding 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)'
            cand --rejects 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --ignore-unknown 'Ignore columns that are not fields of the record (instead of refusing the file)'
            cand --skip-invalid 'Write the valid rows and set the invalid ones aside (exit 0)'
            cand --force 'With --rejects: replace FILE if it exists'
            cand --dry-run 'Check every row and report the counts, but write nothing'
            cand --exclusive 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
            cand --queue-letters 'Queue the letters of the contact types (as `contact add` does)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;delete'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;contact;help'= {
            cand add 'Record that a customer got in touch (or was contacted)'
            cand list 'List contacts, newest first'
            cand show 'Show a contact with its log and characteristics'
            cand close 'Close an open contact (case file) with a resolution, added to its log'
            cand reopen 'Reopen a closed contact; adds a log entry'
            cand log 'The contact''s log: append-only entries, optionally with a reminder'
            cand characteristic 'Characteristics of a contact'
            cand reminders 'Reminders that are due, or mark one done'
            cand letters 'Letters queued by contacts, or extract the pending ones to files'
            cand import 'Import contacts from CSV or NDJSON'
            cand delete 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;contact;help;add'= {
        }
        &'custctl;contact;help;list'= {
        }
        &'custctl;contact;help;show'= {
        }
        &'custctl;contact;help;close'= {
        }
        &'custctl;contact;help;reopen'= {
        }
        &'custctl;contact;help;log'= {
            cand add 'Append an entry, optionally with a reminder to a user or a role'
            cand list 'List a contact''s log entries, oldest first'
        }
        &'custctl;contact;help;log;add'= {
        }
        &'custctl;contact;help;log;list'= {
        }
        &'custctl;contact;help;characteristic'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
        }
        &'custctl;contact;help;characteristic;set'= {
        }
        &'custctl;contact;help;characteristic;list'= {
        }
        &'custctl;contact;help;characteristic;remove'= {
        }
        &'custctl;contact;help;reminders'= {
            cand done 'Mark the reminder of a log entry done'
        }
        &'custctl;contact;help;reminders;done'= {
        }
        &'custctl;contact;help;letters'= {
            cand list 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id'
            cand extract 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written'
            cand cancel 'Cancel a pending letter: it is never extracted'
            cand reprint 'Print the text a printed letter was printed with, again (audited)'
        }
        &'custctl;contact;help;letters;list'= {
        }
        &'custctl;contact;help;letters;extract'= {
        }
        &'custctl;contact;help;letters;cancel'= {
        }
        &'custctl;contact;help;letters;reprint'= {
        }
        &'custctl;contact;help;import'= {
        }
        &'custctl;contact;help;delete'= {
        }
        &'custctl;contact;help;help'= {
        }
        &'custctl;account'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add an account; without --person an organisation named after it becomes its customer'
            cand list 'List accounts by number'
            cand show 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts'
            cand update 'Change an account''s name, status, currency or customer'
            cand characteristic 'Characteristics of an account'
            cand site 'Sites (addresses) of an account'
            cand receipt-method 'Receipt methods assigned to an account or one of its sites'
            cand contact 'Contact persons of an account'
            cand defaults 'The defaults in force on a date, each with its reason'
            cand import 'Import accounts from CSV or NDJSON'
            cand delete 'Delete an account added by mistake: refused while anything refers to it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;add'= {
            cand --name 'name'
            cand --person 'The customer party: a person id or external id'
            cand --currency 'ISO 4217 currency [default: USD, or `currency` in the config file]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;list'= {
            cand --person 'Only the accounts of this customer party'
            cand --status 'Only active or only inactive accounts'
            cand --search 'Only accounts whose number or name contains TEXT (any case)'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;show'= {
            cand --on 'The day shown [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;update'= {
            cand --name 'name'
            cand --status 'active or inactive'
            cand --currency 'currency'
            cand --person 'A new customer party'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;characteristic'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;characteristic;set'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;characteristic;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;characteristic;remove'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;characteristic;help'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;characteristic;help;set'= {
        }
        &'custctl;account;characteristic;help;list'= {
        }
        &'custctl;account;characteristic;help;remove'= {
        }
        &'custctl;account;characteristic;help;help'= {
        }
        &'custctl;account;site'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
            cand list 'List the sites in use on a date (every site with --all)'
            cand show 'Show one site of an account'
            cand update 'Change a site''s address; --clear empties an optional field'
            cand end 'End a site: --on is its last day in use (today or later)'
            cand set-primary 'Make a site the account''s primary site for its uses (or those given)'
            cand import 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;site;add'= {
            cand --address 'address'
            cand --city 'city'
            cand --postal-code 'postal-code'
            cand --country 'ISO 3166 two-letter country code'
            cand --use 'Comma-separated uses: bill-to, ship-to, statements, dunning'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Make it the primary site for its uses (the previous primary is demoted)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;list'= {
            cand --on 'The date asked [default: today]'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Every site, ended ones too'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;show'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;update'= {
            cand --address 'address'
            cand --city 'A new city ('''' clears it)'
            cand --postal-code 'A new postal code ('''' clears it)'
            cand --country 'ISO 3166 two-letter country code ('''' clears it)'
            cand --add-use 'Comma-separated uses to add: bill-to, ship-to, statements, dunning'
            cand --remove-use 'Comma-separated uses to remove (a primary role for them goes with them)'
            cand --clear 'Empty an optional field: city, postal-code, country (repeatable)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;end'= {
            cand --on 'The last day in use [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --cascade 'Also end the receipt-method assignments, instruments and account contacts that use the site after that day'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;set-primary'= {
            cand --use 'Comma-separated uses [default: every use of the site]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;import'= {
            cand --input-format 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]'
            cand --map 'Read the column SOURCE as the field FIELD (repeatable)'
            cand --delimiter 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]'
            cand --encoding 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)'
            cand --rejects 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --ignore-unknown 'Ignore columns that are not fields of the record (instead of refusing the file)'
            cand --skip-invalid 'Write the valid rows and set the invalid ones aside (exit 0)'
            cand --force 'With --rejects: replace FILE if it exists'
            cand --dry-run 'Check every row and report the counts, but write nothing'
            cand --exclusive 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;site;help'= {
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
            cand list 'List the sites in use on a date (every site with --all)'
            cand show 'Show one site of an account'
            cand update 'Change a site''s address; --clear empties an optional field'
            cand end 'End a site: --on is its last day in use (today or later)'
            cand set-primary 'Make a site the account''s primary site for its uses (or those given)'
            cand import 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;site;help;add'= {
        }
        &'custctl;account;site;help;list'= {
        }
        &'custctl;account;site;help;show'= {
        }
        &'custctl;account;site;help;update'= {
        }
        &'custctl;account;site;help;end'= {
        }
        &'custctl;account;site;help;set-primary'= {
        }
        &'custctl;account;site;help;import'= {
        }
        &'custctl;account;site;help;help'= {
        }
        &'custctl;account;receipt-method'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand assign 'Assign a receipt method for a period; assignments of one method never overlap'
            cand list 'List the assignments in force on a date, with their primary flag on that date'
            cand end 'End an assignment (named by its id): --on is its last active day'
            cand set-primary 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before'
            cand history 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;receipt-method;assign'= {
            cand --start 'First active day [default: today]'
            cand --end 'Last active day [default: open-ended]'
            cand --site 'Assign to this bill-to site of the account instead of the account itself'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Primary over its whole period (refused when another primary overlaps: use set-primary)'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;receipt-method;list'= {
            cand --on 'The date asked [default: today]'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Every assignment, not only those in force on the date'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;receipt-method;end'= {
            cand --on 'The last active day'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;receipt-method;set-primary'= {
            cand --from 'The first day it is primary [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;receipt-method;history'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;receipt-method;help'= {
            cand assign 'Assign a receipt method for a period; assignments of one method never overlap'
            cand list 'List the assignments in force on a date, with their primary flag on that date'
            cand end 'End an assignment (named by its id): --on is its last active day'
            cand set-primary 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before'
            cand history 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;receipt-method;help;assign'= {
        }
        &'custctl;account;receipt-method;help;list'= {
        }
        &'custctl;account;receipt-method;help;end'= {
        }
        &'custctl;account;receipt-method;help;set-primary'= {
        }
        &'custctl;account;receipt-method;help;history'= {
        }
        &'custctl;account;receipt-method;help;help'= {
        }
        &'custctl;account;contact'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)'
            cand list 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)'
            cand history 'Every version of each contact of the account, with who changed it and when (from the audit log)'
            cand update 'Change a contact''s job title; add or remove responsibilities'
            cand end 'End a contact: --on is the last day [default: today]'
            cand set-primary 'Make a contact the primary of the account (or of its site)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;contact;add'= {
            cand --person 'An existing person: an id, or an external id (ext:VALUE)'
            cand --name 'Create a new person with this name'
            cand --job-title 'job-title'
            cand --site 'A site of the account this person is the contact of'
            cand --responsibility 'bill-to, ship-to, dunning or statements; repeatable'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Make it the primary contact of the account (or of the site); the previous primary is demoted'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;contact;list'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Ended contacts too'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;contact;history'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Ended contacts too'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;contact;update'= {
            cand --job-title 'A new job title ('''' clears it)'
            cand --add-responsibility 'bill-to, ship-to, dunning or statements; repeatable'
            cand --remove-responsibility 'A responsibility the contact has; repeatable'
            cand --clear 'Empty an optional field: job-title, responsibilities (repeatable)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;contact;end'= {
            cand --on 'The last day [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;contact;set-primary'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;contact;help'= {
            cand add 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)'
            cand list 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)'
            cand history 'Every version of each contact of the account, with who changed it and when (from the audit log)'
            cand update 'Change a contact''s job title; add or remove responsibilities'
            cand end 'End a contact: --on is the last day [default: today]'
            cand set-primary 'Make a contact the primary of the account (or of its site)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;contact;help;add'= {
        }
        &'custctl;account;contact;help;list'= {
        }
        &'custctl;account;contact;help;history'= {
        }
        &'custctl;account;contact;help;update'= {
        }
        &'custctl;account;contact;help;end'= {
        }
        &'custctl;account;contact;help;set-primary'= {
        }
        &'custctl;account;contact;help;help'= {
        }
        &'custctl;account;defaults'= {
            cand --on 'The date asked [default: today]'
            cand --currency 'The currency of the default bank account [default: the account''s currency, plus every currency it has a bank account in]'
            cand --site 'A bill-to site of the account: its own defaults before the account''s'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;import'= {
            cand --input-format 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]'
            cand --map 'Read the column SOURCE as the field FIELD (repeatable)'
            cand --delimiter 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]'
            cand --encoding 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)'
            cand --rejects 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --ignore-unknown 'Ignore columns that are not fields of the record (instead of refusing the file)'
            cand --skip-invalid 'Write the valid rows and set the invalid ones aside (exit 0)'
            cand --force 'With --rejects: replace FILE if it exists'
            cand --dry-run 'Check every row and report the counts, but write nothing'
            cand --exclusive 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;delete'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;account;help'= {
            cand add 'Add an account; without --person an organisation named after it becomes its customer'
            cand list 'List accounts by number'
            cand show 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts'
            cand update 'Change an account''s name, status, currency or customer'
            cand characteristic 'Characteristics of an account'
            cand site 'Sites (addresses) of an account'
            cand receipt-method 'Receipt methods assigned to an account or one of its sites'
            cand contact 'Contact persons of an account'
            cand defaults 'The defaults in force on a date, each with its reason'
            cand import 'Import accounts from CSV or NDJSON'
            cand delete 'Delete an account added by mistake: refused while anything refers to it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;account;help;add'= {
        }
        &'custctl;account;help;list'= {
        }
        &'custctl;account;help;show'= {
        }
        &'custctl;account;help;update'= {
        }
        &'custctl;account;help;characteristic'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
        }
        &'custctl;account;help;characteristic;set'= {
        }
        &'custctl;account;help;characteristic;list'= {
        }
        &'custctl;account;help;characteristic;remove'= {
        }
        &'custctl;account;help;site'= {
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
            cand list 'List the sites in use on a date (every site with --all)'
            cand show 'Show one site of an account'
            cand update 'Change a site''s address; --clear empties an optional field'
            cand end 'End a site: --on is its last day in use (today or later)'
            cand set-primary 'Make a site the account''s primary site for its uses (or those given)'
            cand import 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated'
        }
        &'custctl;account;help;site;add'= {
        }
        &'custctl;account;help;site;list'= {
        }
        &'custctl;account;help;site;show'= {
        }
        &'custctl;account;help;site;update'= {
        }
        &'custctl;account;help;site;end'= {
        }
        &'custctl;account;help;site;set-primary'= {
        }
        &'custctl;account;help;site;import'= {
        }
        &'custctl;account;help;receipt-method'= {
            cand assign 'Assign a receipt method for a period; assignments of one method never overlap'
            cand list 'List the assignments in force on a date, with their primary flag on that date'
            cand end 'End an assignment (named by its id): --on is its last active day'
            cand set-primary 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before'
            cand history 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
        }
        &'custctl;account;help;receipt-method;assign'= {
        }
        &'custctl;account;help;receipt-method;list'= {
        }
        &'custctl;account;help;receipt-method;end'= {
        }
        &'custctl;account;help;receipt-method;set-primary'= {
        }
        &'custctl;account;help;receipt-method;history'= {
        }
        &'custctl;account;help;contact'= {
            cand add 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)'
            cand list 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)'
            cand history 'Every version of each contact of the account, with who changed it and when (from the audit log)'
            cand update 'Change a contact''s job title; add or remove responsibilities'
            cand end 'End a contact: --on is the last day [default: today]'
            cand set-primary 'Make a contact the primary of the account (or of its site)'
        }
        &'custctl;account;help;contact;add'= {
        }
        &'custctl;account;help;contact;list'= {
        }
        &'custctl;account;help;contact;history'= {
        }
        &'custctl;account;help;contact;update'= {
        }
        &'custctl;account;help;contact;end'= {
        }
        &'custctl;account;help;contact;set-primary'= {
        }
        &'custctl;account;help;defaults'= {
        }
        &'custctl;account;help;import'= {
        }
        &'custctl;account;help;delete'= {
        }
        &'custctl;account;help;help'= {
        }
        &'custctl;instrument'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand add 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency'
            cand list 'List the instruments of an account in force on a date (bank numbers masked)'
            cand show 'Show one instrument (bank numbers masked unless --reveal)'
            cand end 'End an instrument: --on is its last active day'
            cand update 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card''s expiry (with its number typed again); the card or bank account itself never changes'
            cand set-primary 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before'
            cand history 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
            cand import 'Import instruments from CSV or NDJSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;instrument;add'= {
            cand --card-number 'A card''s number (never stored: only brand, last 4, expiry and a keyed fingerprint)'
            cand --expiry 'The card''s expiry month'
            cand --iban 'A bank account''s IBAN'
            cand --bic 'The BIC of the IBAN''s bank (of the IBAN''s country)'
            cand --bank-account 'A bank account''s domestic number (with --bank-code and --country)'
            cand --bank-code 'The domestic bank code (bank and branch identifiers)'
            cand --country 'The bank account''s country (ISO 3166 two-letter code)'
            cand --currency 'A bank account''s currency (ISO 4217); cards have none'
            cand --holder 'The name of the card or account holder'
            cand --site 'Attach it to this bill-to site of the account'
            cand --start 'First active day [default: today]'
            cand --end 'Last active day [default: open-ended; a card also ends with its expiry month]'
            cand --preference 'Order of preference among instruments without a primary (1 first)'
            cand --external-id 'An id of the instrument in another system (unique)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --primary 'Primary of its scope over its whole period (refused when another primary overlaps: use set-primary)'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;list'= {
            cand --currency 'Only the bank accounts of this currency'
            cand --on 'The date asked [default: today]'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --all 'Every instrument, not only those in force on the date'
            cand --reveal 'Show bank numbers in full (each reveal is audited)'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;show'= {
            cand --on 'The date asked for `active`, `primary` and `default` [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --reveal 'Show bank numbers in full (audited)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;end'= {
            cand --on 'The last active day'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;update'= {
            cand --card-number 'The card''s number typed again, to renew its expiry (checked against the stored card, never stored)'
            cand --expiry 'The renewed card''s expiry month'
            cand --holder 'The name of the card or account holder ('''' clears it)'
            cand --bic 'The BIC of a bank account''s bank ('''' clears it)'
            cand --preference 'The order of choice among instruments of one scope, 1 first ('''' clears it)'
            cand --end 'The last active day, as with instrument end (ending never extends)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;set-primary'= {
            cand --from 'The first day it is primary [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;history'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;import'= {
            cand --input-format 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]'
            cand --map 'Read the column SOURCE as the field FIELD (repeatable)'
            cand --delimiter 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]'
            cand --encoding 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)'
            cand --rejects 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --ignore-unknown 'Ignore columns that are not fields of the record (instead of refusing the file)'
            cand --skip-invalid 'Write the valid rows and set the invalid ones aside (exit 0)'
            cand --force 'With --rejects: replace FILE if it exists'
            cand --dry-run 'Check every row and report the counts, but write nothing'
            cand --exclusive 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;instrument;help'= {
            cand add 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency'
            cand list 'List the instruments of an account in force on a date (bank numbers masked)'
            cand show 'Show one instrument (bank numbers masked unless --reveal)'
            cand end 'End an instrument: --on is its last active day'
            cand update 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card''s expiry (with its number typed again); the card or bank account itself never changes'
            cand set-primary 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before'
            cand history 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
            cand import 'Import instruments from CSV or NDJSON'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;instrument;help;add'= {
        }
        &'custctl;instrument;help;list'= {
        }
        &'custctl;instrument;help;show'= {
        }
        &'custctl;instrument;help;end'= {
        }
        &'custctl;instrument;help;update'= {
        }
        &'custctl;instrument;help;set-primary'= {
        }
        &'custctl;instrument;help;history'= {
        }
        &'custctl;instrument;help;import'= {
        }
        &'custctl;instrument;help;help'= {
        }
        &'custctl;relationship'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand link 'Link two accounts for a period'
            cand list 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked'
            cand unlink 'End a relationship: the date is its last active day'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;relationship;link'= {
            cand --start 'The first day [default: today]'
            cand --end 'The last day [default: open-ended]'
            cand --comment 'comment'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --bill-to 'The first account may be invoiced for the related one'
            cand --ship-to 'The first account may receive the related one''s shipments'
            cand --reciprocal 'Make payment sharing (and bill-to, ship-to) two-way'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;relationship;list'= {
            cand --on 'The date asked [default: today]'
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;relationship;unlink'= {
            cand --on 'The last active day [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;relationship;help'= {
            cand link 'Link two accounts for a period'
            cand list 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked'
            cand unlink 'End a relationship: the date is its last active day'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;relationship;help;link'= {
        }
        &'custctl;relationship;help;list'= {
        }
        &'custctl;relationship;help;unlink'= {
        }
        &'custctl;relationship;help;help'= {
        }
        &'custctl;profile'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap'
            cand show 'The profile values in force on a date, each with its source (class or override)'
            cand history 'Every profile assignment of an account, with its overrides'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;profile;set'= {
            cand --class 'The profile class code'
            cand --start 'The first day [default: today]'
            cand --end 'The last day [default: open-ended]'
            cand --payment-terms 'Payment terms code, e.g. NET30'
            cand --credit-limit 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency'
            cand --credit-check 'Whether orders are credit-checked: true or false'
            cand --credit-hold 'Whether the account is on credit hold: true or false'
            cand --tolerance 'Receipt tolerance in percent (0 to 100, at most two decimals)'
            cand --statement-cycle 'Statement cycle code, e.g. MONTHLY'
            cand --send-statements 'Whether statements are sent: true or false'
            cand --dunning-letters 'Whether dunning letters are sent: true or false'
            cand --collector 'The collector''s name'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --backdate 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;profile;show'= {
            cand --on 'The date asked [default: today]'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;profile;history'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;profile;help'= {
            cand set 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap'
            cand show 'The profile values in force on a date, each with its source (class or override)'
            cand history 'Every profile assignment of an account, with its overrides'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;profile;help;set'= {
        }
        &'custctl;profile;help;show'= {
        }
        &'custctl;profile;help;history'= {
        }
        &'custctl;profile;help;help'= {
        }
        &'custctl;export'= {
            cand --entities 'Only these kinds (comma-separated; the names are the `kind` values of an export)'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;import'= {
            cand --key 'Give the new database this key file (the source database''s `.key`), so that card fingerprints keep matching'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand columns 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;import;columns'= {
            cand --columns 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)'
            cand --limit 'Print at most N rows'
            cand --offset 'Skip the first N rows'
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --wide 'Show every column in a table'
            cand --count 'Print only the number of rows (after --offset and --limit)'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;import;help'= {
            cand columns 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;import;help;columns'= {
        }
        &'custctl;import;help;help'= {
        }
        &'custctl;completions'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand install 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell''s startup file (elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;completions;install'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;completions;help'= {
            cand install 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell''s startup file (elvish, powershell)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;completions;help;install'= {
        }
        &'custctl;completions;help;help'= {
        }
        &'custctl;config'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
            cand show 'Each setting with its value and where it came from (flag, env, config file, built-in)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;config;show'= {
            cand --db 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]'
            cand --key-file 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]'
            cand --format 'Output format [env: CUSTCTL_FORMAT] [default: table]'
            cand --actor 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]'
            cand --color 'When to colour output'
            cand --json 'Short for --format json'
            cand -q 'Silence messages (not data)'
            cand --quiet 'Silence messages (not data)'
            cand --create 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'custctl;config;help'= {
            cand show 'Each setting with its value and where it came from (flag, env, config file, built-in)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;config;help;show'= {
        }
        &'custctl;config;help;help'= {
        }
        &'custctl;help'= {
            cand init 'Create or migrate the database; print its path and schema version'
            cand doctor 'Check the database, the audit chain and every business invariant'
            cand backup 'Copy the database consistently (while others write), with its key file'
            cand audit 'List audit entries, or verify the audit chain'
            cand catalog 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes'
            cand person 'Persons and organisations, their contact points and relationships'
            cand contact 'Customer contacts: the record of every time a customer got in touch'
            cand account 'Customer accounts, their sites, receipt methods and contacts'
            cand instrument 'Payment instruments: cards and bank accounts'
            cand relationship 'Relationships between accounts'
            cand profile 'Account profiles: a profile class for a period, with overrides'
            cand export 'Write every record as NDJSON'
            cand import 'Read an export back'
            cand completions 'Print shell completions, or install them where the shell looks'
            cand config 'The settings in force and where each came from'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'custctl;help;init'= {
        }
        &'custctl;help;doctor'= {
        }
        &'custctl;help;backup'= {
        }
        &'custctl;help;audit'= {
            cand verify 'Check the audit chain; exit 4 naming the first bad entry'
            cand head 'Print the chain''s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later'
        }
        &'custctl;help;audit;verify'= {
        }
        &'custctl;help;audit;head'= {
        }
        &'custctl;help;catalog'= {
            cand contact-class 'Contact classes'
            cand contact-type 'Contact types: a class and type, their letter and characteristics'
            cand characteristic-type 'Characteristic types: predefined values or ad hoc with a pattern'
            cand letter-template 'Letter templates'
            cand receipt-method 'Receipt methods: automatic (bank account or card) or manual'
            cand profile-class 'Profile classes, versioned by date'
            cand list 'List catalog entries, of one kind or of all'
        }
        &'custctl;help;catalog;contact-class'= {
            cand add 'Add a contact class'
            cand list 'List the contact classes'
            cand update 'Change a class''s description (its code never changes)'
            cand deactivate 'Deactivate a class: it takes no new contacts or types; old ones keep it'
        }
        &'custctl;help;catalog;contact-class;add'= {
        }
        &'custctl;help;catalog;contact-class;list'= {
        }
        &'custctl;help;catalog;contact-class;update'= {
        }
        &'custctl;help;catalog;contact-class;deactivate'= {
        }
        &'custctl;help;catalog;contact-type'= {
            cand add 'Add a contact type under a class, with its letter and characteristic rules'
            cand list 'List the contact types with their letters and characteristic rules'
            cand update 'Change a type''s description or letter (its code never changes)'
            cand deactivate 'Deactivate a type: it takes no new contacts; old ones keep it'
        }
        &'custctl;help;catalog;contact-type;add'= {
        }
        &'custctl;help;catalog;contact-type;list'= {
        }
        &'custctl;help;catalog;contact-type;update'= {
        }
        &'custctl;help;catalog;contact-type;deactivate'= {
        }
        &'custctl;help;catalog;characteristic-type'= {
            cand add 'Add a characteristic type: predefined values, or ad hoc with an optional pattern'
            cand list 'List the characteristic types with their values and patterns'
            cand update 'Change a type''s description; add predefined values or remove unused ones'
            cand deactivate 'Deactivate a type: it is set on no record any more; records keep their values'
        }
        &'custctl;help;catalog;characteristic-type;add'= {
        }
        &'custctl;help;catalog;characteristic-type;list'= {
        }
        &'custctl;help;catalog;characteristic-type;update'= {
        }
        &'custctl;help;catalog;characteristic-type;deactivate'= {
        }
        &'custctl;help;catalog;letter-template'= {
            cand add 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log'
            cand update 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)'
            cand list 'List the letter templates (without their bodies)'
            cand show 'Show a letter template with its body'
        }
        &'custctl;help;catalog;letter-template;add'= {
        }
        &'custctl;help;catalog;letter-template;update'= {
        }
        &'custctl;help;catalog;letter-template;list'= {
        }
        &'custctl;help;catalog;letter-template;show'= {
        }
        &'custctl;help;catalog;receipt-method'= {
            cand add 'Add a receipt method: automatic (drawing on a bank account or card) or manual'
            cand update 'Change a method''s description (its code and kind never change)'
            cand deactivate 'Deactivate a method: it takes no new assignments; old ones keep it'
        }
        &'custctl;help;catalog;receipt-method;add'= {
        }
        &'custctl;help;catalog;receipt-method;update'= {
        }
        &'custctl;help;catalog;receipt-method;deactivate'= {
        }
        &'custctl;help;catalog;profile-class'= {
            cand add 'Add a profile class with its first version'
            cand update 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values'
        }
        &'custctl;help;catalog;profile-class;add'= {
        }
        &'custctl;help;catalog;profile-class;update'= {
        }
        &'custctl;help;catalog;list'= {
        }
        &'custctl;help;person'= {
            cand add 'Add a person or organisation'
            cand list 'List persons, optionally those matching a search text'
            cand show 'Show a person with contact points, relationships, accounts and latest contacts'
            cand update 'Change a person''s fields'
            cand point 'Contact points (phone, fax, email, im, url)'
            cand characteristic 'Characteristics of a person'
            cand relate 'Say that a person is a contact of another, for a period; list and end such relationships'
            cand import 'Import persons from CSV or NDJSON'
            cand delete 'Delete a person added by mistake: refused while anything refers to it'
            cand duplicates 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)'
            cand merge 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it'
            cand garble 'Erase a person''s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes'
        }
        &'custctl;help;person;add'= {
        }
        &'custctl;help;person;list'= {
        }
        &'custctl;help;person;show'= {
        }
        &'custctl;help;person;update'= {
        }
        &'custctl;help;person;point'= {
            cand add 'Add a contact point; --primary demotes the current primary of its type'
            cand list 'List the contact points in use (every one with --all)'
            cand update 'Change a contact point''s value or purpose; --clear purpose empties it'
            cand end 'End a contact point: it is no longer used from today and stays for the record'
            cand set-primary 'Make a contact point the primary of its type'
        }
        &'custctl;help;person;point;add'= {
        }
        &'custctl;help;person;point;list'= {
        }
        &'custctl;help;person;point;update'= {
        }
        &'custctl;help;person;point;end'= {
        }
        &'custctl;help;person;point;set-primary'= {
        }
        &'custctl;help;person;characteristic'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
        }
        &'custctl;help;person;characteristic;set'= {
        }
        &'custctl;help;person;characteristic;list'= {
        }
        &'custctl;help;person;characteristic;remove'= {
        }
        &'custctl;help;person;relate'= {
            cand list 'List the party relationships a person takes part in (either side) on a date'
            cand end 'End a party relationship: --on is its last active day'
        }
        &'custctl;help;person;relate;list'= {
        }
        &'custctl;help;person;relate;end'= {
        }
        &'custctl;help;person;import'= {
        }
        &'custctl;help;person;delete'= {
        }
        &'custctl;help;person;duplicates'= {
        }
        &'custctl;help;person;merge'= {
        }
        &'custctl;help;person;garble'= {
        }
        &'custctl;help;contact'= {
            cand add 'Record that a customer got in touch (or was contacted)'
            cand list 'List contacts, newest first'
            cand show 'Show a contact with its log and characteristics'
            cand close 'Close an open contact (case file) with a resolution, added to its log'
            cand reopen 'Reopen a closed contact; adds a log entry'
            cand log 'The contact''s log: append-only entries, optionally with a reminder'
            cand characteristic 'Characteristics of a contact'
            cand reminders 'Reminders that are due, or mark one done'
            cand letters 'Letters queued by contacts, or extract the pending ones to files'
            cand import 'Import contacts from CSV or NDJSON'
            cand delete 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter'
        }
        &'custctl;help;contact;add'= {
        }
        &'custctl;help;contact;list'= {
        }
        &'custctl;help;contact;show'= {
        }
        &'custctl;help;contact;close'= {
        }
        &'custctl;help;contact;reopen'= {
        }
        &'custctl;help;contact;log'= {
            cand add 'Append an entry, optionally with a reminder to a user or a role'
            cand list 'List a contact''s log entries, oldest first'
        }
        &'custctl;help;contact;log;add'= {
        }
        &'custctl;help;contact;log;list'= {
        }
        &'custctl;help;contact;characteristic'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
        }
        &'custctl;help;contact;characteristic;set'= {
        }
        &'custctl;help;contact;characteristic;list'= {
        }
        &'custctl;help;contact;characteristic;remove'= {
        }
        &'custctl;help;contact;reminders'= {
            cand done 'Mark the reminder of a log entry done'
        }
        &'custctl;help;contact;reminders;done'= {
        }
        &'custctl;help;contact;letters'= {
            cand list 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id'
            cand extract 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written'
            cand cancel 'Cancel a pending letter: it is never extracted'
            cand reprint 'Print the text a printed letter was printed with, again (audited)'
        }
        &'custctl;help;contact;letters;list'= {
        }
        &'custctl;help;contact;letters;extract'= {
        }
        &'custctl;help;contact;letters;cancel'= {
        }
        &'custctl;help;contact;letters;reprint'= {
        }
        &'custctl;help;contact;import'= {
        }
        &'custctl;help;contact;delete'= {
        }
        &'custctl;help;account'= {
            cand add 'Add an account; without --person an organisation named after it becomes its customer'
            cand list 'List accounts by number'
            cand show 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts'
            cand update 'Change an account''s name, status, currency or customer'
            cand characteristic 'Characteristics of an account'
            cand site 'Sites (addresses) of an account'
            cand receipt-method 'Receipt methods assigned to an account or one of its sites'
            cand contact 'Contact persons of an account'
            cand defaults 'The defaults in force on a date, each with its reason'
            cand import 'Import accounts from CSV or NDJSON'
            cand delete 'Delete an account added by mistake: refused while anything refers to it'
        }
        &'custctl;help;account;add'= {
        }
        &'custctl;help;account;list'= {
        }
        &'custctl;help;account;show'= {
        }
        &'custctl;help;account;update'= {
        }
        &'custctl;help;account;characteristic'= {
            cand set 'Set a characteristic (replaces its current value)'
            cand list 'List the characteristics'
            cand remove 'Remove a characteristic'
        }
        &'custctl;help;account;characteristic;set'= {
        }
        &'custctl;help;account;characteristic;list'= {
        }
        &'custctl;help;account;characteristic;remove'= {
        }
        &'custctl;help;account;site'= {
            cand add 'Add a site; --primary makes it the primary site for each of its uses'
            cand list 'List the sites in use on a date (every site with --all)'
            cand show 'Show one site of an account'
            cand update 'Change a site''s address; --clear empties an optional field'
            cand end 'End a site: --on is its last day in use (today or later)'
            cand set-primary 'Make a site the account''s primary site for its uses (or those given)'
            cand import 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated'
        }
        &'custctl;help;account;site;add'= {
        }
        &'custctl;help;account;site;list'= {
        }
        &'custctl;help;account;site;show'= {
        }
        &'custctl;help;account;site;update'= {
        }
        &'custctl;help;account;site;end'= {
        }
        &'custctl;help;account;site;set-primary'= {
        }
        &'custctl;help;account;site;import'= {
        }
        &'custctl;help;account;receipt-method'= {
            cand assign 'Assign a receipt method for a period; assignments of one method never overlap'
            cand list 'List the assignments in force on a date, with their primary flag on that date'
            cand end 'End an assignment (named by its id): --on is its last active day'
            cand set-primary 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before'
            cand history 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
        }
        &'custctl;help;account;receipt-method;assign'= {
        }
        &'custctl;help;account;receipt-method;list'= {
        }
        &'custctl;help;account;receipt-method;end'= {
        }
        &'custctl;help;account;receipt-method;set-primary'= {
        }
        &'custctl;help;account;receipt-method;history'= {
        }
        &'custctl;help;account;contact'= {
            cand add 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)'
            cand list 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)'
            cand history 'Every version of each contact of the account, with who changed it and when (from the audit log)'
            cand update 'Change a contact''s job title; add or remove responsibilities'
            cand end 'End a contact: --on is the last day [default: today]'
            cand set-primary 'Make a contact the primary of the account (or of its site)'
        }
        &'custctl;help;account;contact;add'= {
        }
        &'custctl;help;account;contact;list'= {
        }
        &'custctl;help;account;contact;history'= {
        }
        &'custctl;help;account;contact;update'= {
        }
        &'custctl;help;account;contact;end'= {
        }
        &'custctl;help;account;contact;set-primary'= {
        }
        &'custctl;help;account;defaults'= {
        }
        &'custctl;help;account;import'= {
        }
        &'custctl;help;account;delete'= {
        }
        &'custctl;help;instrument'= {
            cand add 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency'
            cand list 'List the instruments of an account in force on a date (bank numbers masked)'
            cand show 'Show one instrument (bank numbers masked unless --reveal)'
            cand end 'End an instrument: --on is its last active day'
            cand update 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card''s expiry (with its number typed again); the card or bank account itself never changes'
            cand set-primary 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before'
            cand history 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`'
            cand import 'Import instruments from CSV or NDJSON'
        }
        &'custctl;help;instrument;add'= {
        }
        &'custctl;help;instrument;list'= {
        }
        &'custctl;help;instrument;show'= {
        }
        &'custctl;help;instrument;end'= {
        }
        &'custctl;help;instrument;update'= {
        }
        &'custctl;help;instrument;set-primary'= {
        }
        &'custctl;help;instrument;history'= {
        }
        &'custctl;help;instrument;import'= {
        }
        &'custctl;help;relationship'= {
            cand link 'Link two accounts for a period'
            cand list 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked'
            cand unlink 'End a relationship: the date is its last active day'
        }
        &'custctl;help;relationship;link'= {
        }
        &'custctl;help;relationship;list'= {
        }
        &'custctl;help;relationship;unlink'= {
        }
        &'custctl;help;profile'= {
            cand set 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap'
            cand show 'The profile values in force on a date, each with its source (class or override)'
            cand history 'Every profile assignment of an account, with its overrides'
        }
        &'custctl;help;profile;set'= {
        }
        &'custctl;help;profile;show'= {
        }
        &'custctl;help;profile;history'= {
        }
        &'custctl;help;export'= {
        }
        &'custctl;help;import'= {
            cand columns 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required'
        }
        &'custctl;help;import;columns'= {
        }
        &'custctl;help;completions'= {
            cand install 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell''s startup file (elvish, powershell)'
        }
        &'custctl;help;completions;install'= {
        }
        &'custctl;help;config'= {
            cand show 'Each setting with its value and where it came from (flag, env, config file, built-in)'
        }
        &'custctl;help;config;show'= {
        }
        &'custctl;help;help'= {
        }
    ]
    $completions[$command]
}
