
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'custctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'custctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'custctl' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database; print its path and schema version')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database, the audit chain and every business invariant')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database consistently (while others write), with its key file')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List audit entries, or verify the audit chain')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Persons and organisations, their contact points and relationships')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Customer contacts: the record of every time a customer got in touch')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Customer accounts, their sites, receipt methods and contacts')
            [CompletionResult]::new('instrument', 'instrument', [CompletionResultType]::ParameterValue, 'Payment instruments: cards and bank accounts')
            [CompletionResult]::new('relationship', 'relationship', [CompletionResultType]::ParameterValue, 'Relationships between accounts')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Account profiles: a profile class for a period, with overrides')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every record as NDJSON')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read an export back')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or install them where the shell looks')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The settings in force and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;init' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;doctor' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;backup' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace FILE (and FILE.key) if they exist')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;audit' {
            [CompletionResult]::new('--entity', '--entity', [CompletionResultType]::ParameterName, 'Only entries about this kind of record (person, account, contact, ...)')
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'Only entries about this record: an id, ext:EXTERNAL_ID (with --entity), or an account number')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only entries at or after this time')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'Only entries made by NAME (the actor recorded with them)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit chain; exit 4 naming the first bad entry')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the chain''s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;audit;verify' {
            [CompletionResult]::new('--expect-head', '--expect-head', [CompletionResultType]::ParameterName, 'A head kept from earlier (`custctl audit head`: COUNT:HMAC, or the HMAC alone): exit 4 when the chain no longer holds it (entries removed from the end, or the chain rewritten)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;audit;head' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit chain; exit 4 naming the first bad entry')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the chain''s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;audit;help;verify' {
            break
        }
        'custctl;audit;help;head' {
            break
        }
        'custctl;audit;help;help' {
            break
        }
        'custctl;catalog' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('contact-class', 'contact-class', [CompletionResultType]::ParameterValue, 'Contact classes')
            [CompletionResult]::new('contact-type', 'contact-type', [CompletionResultType]::ParameterValue, 'Contact types: a class and type, their letter and characteristics')
            [CompletionResult]::new('characteristic-type', 'characteristic-type', [CompletionResultType]::ParameterValue, 'Characteristic types: predefined values or ad hoc with a pattern')
            [CompletionResult]::new('letter-template', 'letter-template', [CompletionResultType]::ParameterValue, 'Letter templates')
            [CompletionResult]::new('receipt-method', 'receipt-method', [CompletionResultType]::ParameterValue, 'Receipt methods: automatic (bank account or card) or manual')
            [CompletionResult]::new('profile-class', 'profile-class', [CompletionResultType]::ParameterValue, 'Profile classes, versioned by date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalog entries, of one kind or of all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;contact-class' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact class')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact classes')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a class''s description (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a class: it takes no new contacts or types; old ones keep it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;contact-class;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the class is for')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-class;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-class;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-class;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-class;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact class')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact classes')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a class''s description (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a class: it takes no new contacts or types; old ones keep it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;contact-class;help;add' {
            break
        }
        'custctl;catalog;contact-class;help;list' {
            break
        }
        'custctl;catalog;contact-class;help;update' {
            break
        }
        'custctl;catalog;contact-class;help;deactivate' {
            break
        }
        'custctl;catalog;contact-class;help;help' {
            break
        }
        'custctl;catalog;contact-type' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact type under a class, with its letter and characteristic rules')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact types with their letters and characteristic rules')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description or letter (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it takes no new contacts; old ones keep it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;contact-type;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the type is for')
            [CompletionResult]::new('--letter', '--letter', [CompletionResultType]::ParameterName, 'A letter template that contacts of this type queue')
            [CompletionResult]::new('--char', '--char', [CompletionResultType]::ParameterName, 'A characteristic the type allows, with an optional default and whether it is required: TYPE[=DEFAULT][:required] (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-type;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-type;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--letter', '--letter', [CompletionResultType]::ParameterName, 'A letter template that new contacts of this type queue ('''' clears it)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty an optional field: letter')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-type;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;contact-type;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact type under a class, with its letter and characteristic rules')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact types with their letters and characteristic rules')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description or letter (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it takes no new contacts; old ones keep it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;contact-type;help;add' {
            break
        }
        'custctl;catalog;contact-type;help;list' {
            break
        }
        'custctl;catalog;contact-type;help;update' {
            break
        }
        'custctl;catalog;contact-type;help;deactivate' {
            break
        }
        'custctl;catalog;contact-type;help;help' {
            break
        }
        'custctl;catalog;characteristic-type' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a characteristic type: predefined values, or ad hoc with an optional pattern')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristic types with their values and patterns')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description; add predefined values or remove unused ones')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it is set on no record any more; records keep their values')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;characteristic-type;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the characteristic says')
            [CompletionResult]::new('--values', '--values', [CompletionResultType]::ParameterName, 'The predefined values, comma-separated')
            [CompletionResult]::new('--pattern', '--pattern', [CompletionResultType]::ParameterName, 'A regular expression an ad hoc value must match as a whole')
            [CompletionResult]::new('--applies-to', '--applies-to', [CompletionResultType]::ParameterName, 'The records it applies to: contact, person, account (comma-separated)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--adhoc', '--adhoc', [CompletionResultType]::ParameterName, 'Values are free text (optionally matching --pattern)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;characteristic-type;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;characteristic-type;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--add-value', '--add-value', [CompletionResultType]::ParameterName, 'A predefined value to add at the end (repeatable)')
            [CompletionResult]::new('--remove-value', '--remove-value', [CompletionResultType]::ParameterName, 'A predefined value to remove; refused while a record uses it (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;characteristic-type;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;characteristic-type;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a characteristic type: predefined values, or ad hoc with an optional pattern')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristic types with their values and patterns')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description; add predefined values or remove unused ones')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it is set on no record any more; records keep their values')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;characteristic-type;help;add' {
            break
        }
        'custctl;catalog;characteristic-type;help;list' {
            break
        }
        'custctl;catalog;characteristic-type;help;update' {
            break
        }
        'custctl;catalog;characteristic-type;help;deactivate' {
            break
        }
        'custctl;catalog;characteristic-type;help;help' {
            break
        }
        'custctl;catalog;letter-template' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letter templates (without their bodies)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a letter template with its body')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;letter-template;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the letter is for')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'The file holding the body (- for stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--system-only', '--system-only', [CompletionResultType]::ParameterName, 'Only custctl itself may queue this template (a manual contact naming it is refused)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'custctl;catalog;letter-template;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'What the letter is for')
            [CompletionResult]::new('--body-file', '--body-file', [CompletionResultType]::ParameterName, 'The file holding the new body (- for stdin)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'custctl;catalog;letter-template;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;letter-template;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;letter-template;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letter templates (without their bodies)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a letter template with its body')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;letter-template;help;add' {
            break
        }
        'custctl;catalog;letter-template;help;update' {
            break
        }
        'custctl;catalog;letter-template;help;list' {
            break
        }
        'custctl;catalog;letter-template;help;show' {
            break
        }
        'custctl;catalog;letter-template;help;help' {
            break
        }
        'custctl;catalog;receipt-method' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a receipt method: automatic (drawing on a bank account or card) or manual')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a method''s description (its code and kind never change)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a method: it takes no new assignments; old ones keep it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;receipt-method;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'automatic or manual')
            [CompletionResult]::new('--payment-type', '--payment-type', [CompletionResultType]::ParameterName, 'What an automatic method draws on: bank-account or card')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Receipts need confirmation')
            [CompletionResult]::new('--remit', '--remit', [CompletionResultType]::ParameterName, 'Receipts need remittance')
            [CompletionResult]::new('--reconcile', '--reconcile', [CompletionResultType]::ParameterName, 'Receipts need reconciliation')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;receipt-method;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;receipt-method;deactivate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;receipt-method;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a receipt method: automatic (drawing on a bank account or card) or manual')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a method''s description (its code and kind never change)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a method: it takes no new assignments; old ones keep it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;receipt-method;help;add' {
            break
        }
        'custctl;catalog;receipt-method;help;update' {
            break
        }
        'custctl;catalog;receipt-method;help;deactivate' {
            break
        }
        'custctl;catalog;receipt-method;help;help' {
            break
        }
        'custctl;catalog;profile-class' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile class with its first version')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;profile-class;add' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'description')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The date its first version takes effect [default: today]')
            [CompletionResult]::new('--payment-terms', '--payment-terms', [CompletionResultType]::ParameterName, 'Payment terms code, e.g. NET30')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency')
            [CompletionResult]::new('--credit-check', '--credit-check', [CompletionResultType]::ParameterName, 'Whether orders are credit-checked: true or false')
            [CompletionResult]::new('--credit-hold', '--credit-hold', [CompletionResultType]::ParameterName, 'Whether the account is on credit hold: true or false')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Receipt tolerance in percent (0 to 100, at most two decimals)')
            [CompletionResult]::new('--statement-cycle', '--statement-cycle', [CompletionResultType]::ParameterName, 'Statement cycle code, e.g. MONTHLY')
            [CompletionResult]::new('--send-statements', '--send-statements', [CompletionResultType]::ParameterName, 'Whether statements are sent: true or false')
            [CompletionResult]::new('--dunning-letters', '--dunning-letters', [CompletionResultType]::ParameterName, 'Whether dunning letters are sent: true or false')
            [CompletionResult]::new('--collector', '--collector', [CompletionResultType]::ParameterName, 'The collector''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;profile-class;update' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day of the new version')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A new description (not versioned)')
            [CompletionResult]::new('--payment-terms', '--payment-terms', [CompletionResultType]::ParameterName, 'Payment terms code, e.g. NET30')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency')
            [CompletionResult]::new('--credit-check', '--credit-check', [CompletionResultType]::ParameterName, 'Whether orders are credit-checked: true or false')
            [CompletionResult]::new('--credit-hold', '--credit-hold', [CompletionResultType]::ParameterName, 'Whether the account is on credit hold: true or false')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Receipt tolerance in percent (0 to 100, at most two decimals)')
            [CompletionResult]::new('--statement-cycle', '--statement-cycle', [CompletionResultType]::ParameterName, 'Statement cycle code, e.g. MONTHLY')
            [CompletionResult]::new('--send-statements', '--send-statements', [CompletionResultType]::ParameterName, 'Whether statements are sent: true or false')
            [CompletionResult]::new('--dunning-letters', '--dunning-letters', [CompletionResultType]::ParameterName, 'Whether dunning letters are sent: true or false')
            [CompletionResult]::new('--collector', '--collector', [CompletionResultType]::ParameterName, 'The collector''s name')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Leave a field unset in the new version (repeatable): payment-terms, credit-limit (every currency), credit-check, credit-hold, tolerance, statement-cycle, send-statements, dunning-letters, collector')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;profile-class;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile class with its first version')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;profile-class;help;add' {
            break
        }
        'custctl;catalog;profile-class;help;update' {
            break
        }
        'custctl;catalog;profile-class;help;help' {
            break
        }
        'custctl;catalog;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;catalog;help' {
            [CompletionResult]::new('contact-class', 'contact-class', [CompletionResultType]::ParameterValue, 'Contact classes')
            [CompletionResult]::new('contact-type', 'contact-type', [CompletionResultType]::ParameterValue, 'Contact types: a class and type, their letter and characteristics')
            [CompletionResult]::new('characteristic-type', 'characteristic-type', [CompletionResultType]::ParameterValue, 'Characteristic types: predefined values or ad hoc with a pattern')
            [CompletionResult]::new('letter-template', 'letter-template', [CompletionResultType]::ParameterValue, 'Letter templates')
            [CompletionResult]::new('receipt-method', 'receipt-method', [CompletionResultType]::ParameterValue, 'Receipt methods: automatic (bank account or card) or manual')
            [CompletionResult]::new('profile-class', 'profile-class', [CompletionResultType]::ParameterValue, 'Profile classes, versioned by date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalog entries, of one kind or of all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;catalog;help;contact-class' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact class')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact classes')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a class''s description (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a class: it takes no new contacts or types; old ones keep it')
            break
        }
        'custctl;catalog;help;contact-class;add' {
            break
        }
        'custctl;catalog;help;contact-class;list' {
            break
        }
        'custctl;catalog;help;contact-class;update' {
            break
        }
        'custctl;catalog;help;contact-class;deactivate' {
            break
        }
        'custctl;catalog;help;contact-type' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact type under a class, with its letter and characteristic rules')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact types with their letters and characteristic rules')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description or letter (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it takes no new contacts; old ones keep it')
            break
        }
        'custctl;catalog;help;contact-type;add' {
            break
        }
        'custctl;catalog;help;contact-type;list' {
            break
        }
        'custctl;catalog;help;contact-type;update' {
            break
        }
        'custctl;catalog;help;contact-type;deactivate' {
            break
        }
        'custctl;catalog;help;characteristic-type' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a characteristic type: predefined values, or ad hoc with an optional pattern')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristic types with their values and patterns')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description; add predefined values or remove unused ones')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it is set on no record any more; records keep their values')
            break
        }
        'custctl;catalog;help;characteristic-type;add' {
            break
        }
        'custctl;catalog;help;characteristic-type;list' {
            break
        }
        'custctl;catalog;help;characteristic-type;update' {
            break
        }
        'custctl;catalog;help;characteristic-type;deactivate' {
            break
        }
        'custctl;catalog;help;letter-template' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letter templates (without their bodies)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a letter template with its body')
            break
        }
        'custctl;catalog;help;letter-template;add' {
            break
        }
        'custctl;catalog;help;letter-template;update' {
            break
        }
        'custctl;catalog;help;letter-template;list' {
            break
        }
        'custctl;catalog;help;letter-template;show' {
            break
        }
        'custctl;catalog;help;receipt-method' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a receipt method: automatic (drawing on a bank account or card) or manual')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a method''s description (its code and kind never change)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a method: it takes no new assignments; old ones keep it')
            break
        }
        'custctl;catalog;help;receipt-method;add' {
            break
        }
        'custctl;catalog;help;receipt-method;update' {
            break
        }
        'custctl;catalog;help;receipt-method;deactivate' {
            break
        }
        'custctl;catalog;help;profile-class' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile class with its first version')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values')
            break
        }
        'custctl;catalog;help;profile-class;add' {
            break
        }
        'custctl;catalog;help;profile-class;update' {
            break
        }
        'custctl;catalog;help;list' {
            break
        }
        'custctl;catalog;help;help' {
            break
        }
        'custctl;person' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List persons, optionally those matching a search text')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a person with contact points, relationships, accounts and latest contacts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s fields')
            [CompletionResult]::new('point', 'point', [CompletionResultType]::ParameterValue, 'Contact points (phone, fax, email, im, url)')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of a person')
            [CompletionResult]::new('relate', 'relate', [CompletionResultType]::ParameterValue, 'Say that a person is a contact of another, for a period; list and end such relationships')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import persons from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a person added by mistake: refused while anything refers to it')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it')
            [CompletionResult]::new('garble', 'garble', [CompletionResultType]::ParameterValue, 'Erase a person''s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The full name (or the organisation''s name)')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'First name (the name is formed from first and last name when --name is not given)')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'Last name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'person or organization [default: person]')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The key of this person in the source system (unique)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Primary email address')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Primary phone number (stored in E.164, the form as typed beside it)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;list' {
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only persons whose name, external id or a contact point contains TEXT')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--include-garbled', '--include-garbled', [CompletionResultType]::ParameterName, 'List garbled persons too (left out otherwise)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--first-name', '--first-name', [CompletionResultType]::ParameterName, 'first-name')
            [CompletionResult]::new('--last-name', '--last-name', [CompletionResultType]::ParameterName, 'last-name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'person or organization')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'external-id')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Replaces the primary email ('''' clears it)')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Replaces the primary phone ('''' clears it)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty an optional field: first-name, last-name, external-id, email, phone (repeatable; clearing email or phone ends that primary contact point)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;point' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact point; --primary demotes the current primary of its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact points in use (every one with --all)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact point''s value or purpose; --clear purpose empties it')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact point: it is no longer used from today and stays for the record')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact point the primary of its type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;point;add' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'phone, fax, email, im or url')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'value')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'What the point is for (home, work, ...)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--primary', '--primary', [CompletionResultType]::ParameterName, 'Make it the primary point of its type')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;point;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Ended points too')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;point;update' {
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'A new value, checked for the point''s type')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'A new purpose ('''' clears it)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty an optional field: purpose')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;point;end' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;point;set-primary' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;point;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact point; --primary demotes the current primary of its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact points in use (every one with --all)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact point''s value or purpose; --clear purpose empties it')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact point: it is no longer used from today and stays for the record')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact point the primary of its type')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;point;help;add' {
            break
        }
        'custctl;person;point;help;list' {
            break
        }
        'custctl;person;point;help;update' {
            break
        }
        'custctl;person;point;help;end' {
            break
        }
        'custctl;person;point;help;set-primary' {
            break
        }
        'custctl;person;point;help;help' {
            break
        }
        'custctl;person;characteristic' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;characteristic;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;characteristic;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;characteristic;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;characteristic;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;characteristic;help;set' {
            break
        }
        'custctl;person;characteristic;help;list' {
            break
        }
        'custctl;person;characteristic;help;remove' {
            break
        }
        'custctl;person;characteristic;help;help' {
            break
        }
        'custctl;person;relate' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The person or organisation they are a contact of')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'The role (contact)')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First day [default: today]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last day [default: open-ended]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the party relationships a person takes part in (either side) on a date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a party relationship: --on is its last active day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;relate;list' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every relationship, not only those in force on the date (`active` as on the date)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;relate;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last active day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;relate;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the party relationships a person takes part in (either side) on a date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a party relationship: --on is its last active day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;relate;help;list' {
            break
        }
        'custctl;person;relate;help;end' {
            break
        }
        'custctl;person;relate;help;help' {
            break
        }
        'custctl;person;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read the column SOURCE as the field FIELD (repeatable)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region (ISO 3166, e.g. DE) whose national form phone numbers without + and a country code are in [env: CUSTCTL_PHONE_REGION]')
            [CompletionResult]::new('--match', '--match', [CompletionResultType]::ParameterName, 'A row whose external_id is unknown or absent updates the one existing person with the row''s email or phone (in use; in the order given) instead of adding a person')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore columns that are not fields of the record (instead of refusing the file)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows and set the invalid ones aside (exit 0)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --rejects: replace FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, but write nothing')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;duplicates' {
            [CompletionResult]::new('--threshold', '--threshold', [CompletionResultType]::ParameterName, 'The lowest score (0-100) of a pair to report; see README "Duplicates" for the weights')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;merge' {
            [CompletionResult]::new('--prefer', '--prefer', [CompletionResultType]::ParameterName, 'Whose value stays when a characteristic differs (else the merge is refused)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would move, write nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;garble' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'A file of references, one a line (blank lines and lines starting with # are skipped): all are garbled in one transaction, or none')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (the erasure request); recorded in the audit log')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what would be garbled, ended and redacted; change nothing')
            [CompletionResult]::new('--close-open', '--close-open', [CompletionResultType]::ParameterName, 'Close the person''s open contacts (refused otherwise)')
            [CompletionResult]::new('--end-payment-details', '--end-payment-details', [CompletionResultType]::ParameterName, 'End today the payment details of its accounts in force after today (refused otherwise)')
            [CompletionResult]::new('--contacts-of-organisation', '--contacts-of-organisation', [CompletionResultType]::ParameterName, 'For an organisation: garble its contact persons too')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;person;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List persons, optionally those matching a search text')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a person with contact points, relationships, accounts and latest contacts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s fields')
            [CompletionResult]::new('point', 'point', [CompletionResultType]::ParameterValue, 'Contact points (phone, fax, email, im, url)')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of a person')
            [CompletionResult]::new('relate', 'relate', [CompletionResultType]::ParameterValue, 'Say that a person is a contact of another, for a period; list and end such relationships')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import persons from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a person added by mistake: refused while anything refers to it')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it')
            [CompletionResult]::new('garble', 'garble', [CompletionResultType]::ParameterValue, 'Erase a person''s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;person;help;add' {
            break
        }
        'custctl;person;help;list' {
            break
        }
        'custctl;person;help;show' {
            break
        }
        'custctl;person;help;update' {
            break
        }
        'custctl;person;help;point' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact point; --primary demotes the current primary of its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact points in use (every one with --all)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact point''s value or purpose; --clear purpose empties it')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact point: it is no longer used from today and stays for the record')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact point the primary of its type')
            break
        }
        'custctl;person;help;point;add' {
            break
        }
        'custctl;person;help;point;list' {
            break
        }
        'custctl;person;help;point;update' {
            break
        }
        'custctl;person;help;point;end' {
            break
        }
        'custctl;person;help;point;set-primary' {
            break
        }
        'custctl;person;help;characteristic' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            break
        }
        'custctl;person;help;characteristic;set' {
            break
        }
        'custctl;person;help;characteristic;list' {
            break
        }
        'custctl;person;help;characteristic;remove' {
            break
        }
        'custctl;person;help;relate' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the party relationships a person takes part in (either side) on a date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a party relationship: --on is its last active day')
            break
        }
        'custctl;person;help;relate;list' {
            break
        }
        'custctl;person;help;relate;end' {
            break
        }
        'custctl;person;help;import' {
            break
        }
        'custctl;person;help;delete' {
            break
        }
        'custctl;person;help;duplicates' {
            break
        }
        'custctl;person;help;merge' {
            break
        }
        'custctl;person;help;garble' {
            break
        }
        'custctl;person;help;help' {
            break
        }
        'custctl;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that a customer got in touch (or was contacted)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a contact with its log and characteristics')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an open contact (case file) with a resolution, added to its log')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed contact; adds a log entry')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The contact''s log: append-only entries, optionally with a reminder')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of a contact')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Reminders that are due, or mark one done')
            [CompletionResult]::new('letters', 'letters', [CompletionResultType]::ParameterValue, 'Letters queued by contacts, or extract the pending ones to files')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;add' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'The person: an id, or an external id (ext:VALUE)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The contact class')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'The contact type (under the class)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'phone, email, fax, postal, sms, in-person, web or other')
            [CompletionResult]::new('--direction', '--direction', [CompletionResultType]::ParameterName, 'inbound (the customer contacted us) or outbound (we contacted them)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'When it happened [default: now]')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'What it was about')
            [CompletionResult]::new('--char', '--char', [CompletionResultType]::ParameterName, 'A characteristic, TYPE=VALUE (repeatable)')
            [CompletionResult]::new('--letter', '--letter', [CompletionResultType]::ParameterName, 'Queue this letter template instead of the type''s')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'The key of this contact in a source system (unique)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Keep the contact open as a case file (contacts are closed otherwise)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;list' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only the contacts of this person (an id, or ext:VALUE)')
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'Only contacts of this class')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Only contacts of this type')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only contacts at or after this time')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only contacts at or before this time (a date alone: up to the end of that day)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only contacts whose comment or a log entry contains TEXT (any case)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only contacts recorded by this user')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Only open contacts')
            [CompletionResult]::new('--closed', '--closed', [CompletionResultType]::ParameterName, 'Only closed contacts')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;close' {
            [CompletionResult]::new('--resolution', '--resolution', [CompletionResultType]::ParameterName, 'How the case was resolved (added to the log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--keep-reminders', '--keep-reminders', [CompletionResultType]::ParameterName, 'Keep its open reminders (by default closing marks them done)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;reopen' {
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Why it is reopened (added to the log)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;log' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Append an entry, optionally with a reminder to a user or a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a contact''s log entries, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;log;add' {
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'The entry')
            [CompletionResult]::new('--remind-on', '--remind-on', [CompletionResultType]::ParameterName, 'Set a reminder for this date')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'The user to remind')
            [CompletionResult]::new('--to-role', '--to-role', [CompletionResultType]::ParameterName, 'The role to remind')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;log;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;log;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Append an entry, optionally with a reminder to a user or a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a contact''s log entries, oldest first')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;log;help;add' {
            break
        }
        'custctl;contact;log;help;list' {
            break
        }
        'custctl;contact;log;help;help' {
            break
        }
        'custctl;contact;characteristic' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;characteristic;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;characteristic;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;characteristic;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;characteristic;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;characteristic;help;set' {
            break
        }
        'custctl;contact;characteristic;help;list' {
            break
        }
        'custctl;contact;characteristic;help;remove' {
            break
        }
        'custctl;contact;characteristic;help;help' {
            break
        }
        'custctl;contact;reminders' {
            [CompletionResult]::new('--due-by', '--due-by', [CompletionResultType]::ParameterName, 'List reminders due by this date [default: today]')
            [CompletionResult]::new('--lead-days', '--lead-days', [CompletionResultType]::ParameterName, 'Days of lead time: a reminder is due N days before its date')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Only reminders to this user (with --role: to this user or that role)')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Only reminders to this role (with --user: to that user or this role)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the reminder of a log entry done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;reminders;done' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;reminders;help' {
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the reminder of a log entry done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;reminders;help;done' {
            break
        }
        'custctl;contact;reminders;help;help' {
            break
        }
        'custctl;contact;letters' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only letters not printed yet')
            [CompletionResult]::new('--printed', '--printed', [CompletionResultType]::ParameterName, 'Only letters printed')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending letter: it is never extracted')
            [CompletionResult]::new('reprint', 'reprint', [CompletionResultType]::ParameterValue, 'Print the text a printed letter was printed with, again (audited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;letters;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--pending', '--pending', [CompletionResultType]::ParameterName, 'Only letters not printed yet')
            [CompletionResult]::new('--printed', '--printed', [CompletionResultType]::ParameterName, 'Only letters printed')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;letters;extract' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The folder for the letters (created if missing)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace letter files that already exist in DIR')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;letters;cancel' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why it is cancelled')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;letters;reprint' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;letters;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending letter: it is never extracted')
            [CompletionResult]::new('reprint', 'reprint', [CompletionResultType]::ParameterValue, 'Print the text a printed letter was printed with, again (audited)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;letters;help;list' {
            break
        }
        'custctl;contact;letters;help;extract' {
            break
        }
        'custctl;contact;letters;help;cancel' {
            break
        }
        'custctl;contact;letters;help;reprint' {
            break
        }
        'custctl;contact;letters;help;help' {
            break
        }
        'custctl;contact;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read the column SOURCE as the field FIELD (repeatable)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore columns that are not fields of the record (instead of refusing the file)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows and set the invalid ones aside (exit 0)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --rejects: replace FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, but write nothing')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each')
            [CompletionResult]::new('--queue-letters', '--queue-letters', [CompletionResultType]::ParameterName, 'Queue the letters of the contact types (as `contact add` does)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that a customer got in touch (or was contacted)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a contact with its log and characteristics')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an open contact (case file) with a resolution, added to its log')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed contact; adds a log entry')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The contact''s log: append-only entries, optionally with a reminder')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of a contact')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Reminders that are due, or mark one done')
            [CompletionResult]::new('letters', 'letters', [CompletionResultType]::ParameterValue, 'Letters queued by contacts, or extract the pending ones to files')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;contact;help;add' {
            break
        }
        'custctl;contact;help;list' {
            break
        }
        'custctl;contact;help;show' {
            break
        }
        'custctl;contact;help;close' {
            break
        }
        'custctl;contact;help;reopen' {
            break
        }
        'custctl;contact;help;log' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Append an entry, optionally with a reminder to a user or a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a contact''s log entries, oldest first')
            break
        }
        'custctl;contact;help;log;add' {
            break
        }
        'custctl;contact;help;log;list' {
            break
        }
        'custctl;contact;help;characteristic' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            break
        }
        'custctl;contact;help;characteristic;set' {
            break
        }
        'custctl;contact;help;characteristic;list' {
            break
        }
        'custctl;contact;help;characteristic;remove' {
            break
        }
        'custctl;contact;help;reminders' {
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the reminder of a log entry done')
            break
        }
        'custctl;contact;help;reminders;done' {
            break
        }
        'custctl;contact;help;letters' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending letter: it is never extracted')
            [CompletionResult]::new('reprint', 'reprint', [CompletionResultType]::ParameterValue, 'Print the text a printed letter was printed with, again (audited)')
            break
        }
        'custctl;contact;help;letters;list' {
            break
        }
        'custctl;contact;help;letters;extract' {
            break
        }
        'custctl;contact;help;letters;cancel' {
            break
        }
        'custctl;contact;help;letters;reprint' {
            break
        }
        'custctl;contact;help;import' {
            break
        }
        'custctl;contact;help;delete' {
            break
        }
        'custctl;contact;help;help' {
            break
        }
        'custctl;account' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account; without --person an organisation named after it becomes its customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts by number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s name, status, currency or customer')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of an account')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites (addresses) of an account')
            [CompletionResult]::new('receipt-method', 'receipt-method', [CompletionResultType]::ParameterValue, 'Receipt methods assigned to an account or one of its sites')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of an account')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'The defaults in force on a date, each with its reason')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account added by mistake: refused while anything refers to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;add' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'The customer party: a person id or external id')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency [default: USD, or `currency` in the config file]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;list' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'Only the accounts of this customer party')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only active or only inactive accounts')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only accounts whose number or name contains TEXT (any case)')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;show' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day shown [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'active or inactive')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'currency')
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'A new customer party')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;characteristic' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;characteristic;set' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;characteristic;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;characteristic;remove' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;characteristic;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;characteristic;help;set' {
            break
        }
        'custctl;account;characteristic;help;list' {
            break
        }
        'custctl;account;characteristic;help;remove' {
            break
        }
        'custctl;account;characteristic;help;help' {
            break
        }
        'custctl;account;site' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a site; --primary makes it the primary site for each of its uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites in use on a date (every site with --all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site of an account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s address; --clear empties an optional field')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a site: --on is its last day in use (today or later)')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a site the account''s primary site for its uses (or those given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;site;add' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'city')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'postal-code')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'ISO 3166 two-letter country code')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Comma-separated uses: bill-to, ship-to, statements, dunning')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--primary', '--primary', [CompletionResultType]::ParameterName, 'Make it the primary site for its uses (the previous primary is demoted)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;list' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every site, ended ones too')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;update' {
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'address')
            [CompletionResult]::new('--city', '--city', [CompletionResultType]::ParameterName, 'A new city ('''' clears it)')
            [CompletionResult]::new('--postal-code', '--postal-code', [CompletionResultType]::ParameterName, 'A new postal code ('''' clears it)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'ISO 3166 two-letter country code ('''' clears it)')
            [CompletionResult]::new('--add-use', '--add-use', [CompletionResultType]::ParameterName, 'Comma-separated uses to add: bill-to, ship-to, statements, dunning')
            [CompletionResult]::new('--remove-use', '--remove-use', [CompletionResultType]::ParameterName, 'Comma-separated uses to remove (a primary role for them goes with them)')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty an optional field: city, postal-code, country (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last day in use [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--cascade', '--cascade', [CompletionResultType]::ParameterName, 'Also end the receipt-method assignments, instruments and account contacts that use the site after that day')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;set-primary' {
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Comma-separated uses [default: every use of the site]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read the column SOURCE as the field FIELD (repeatable)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore columns that are not fields of the record (instead of refusing the file)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows and set the invalid ones aside (exit 0)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --rejects: replace FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, but write nothing')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;site;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a site; --primary makes it the primary site for each of its uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites in use on a date (every site with --all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site of an account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s address; --clear empties an optional field')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a site: --on is its last day in use (today or later)')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a site the account''s primary site for its uses (or those given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;site;help;add' {
            break
        }
        'custctl;account;site;help;list' {
            break
        }
        'custctl;account;site;help;show' {
            break
        }
        'custctl;account;site;help;update' {
            break
        }
        'custctl;account;site;help;end' {
            break
        }
        'custctl;account;site;help;set-primary' {
            break
        }
        'custctl;account;site;help;import' {
            break
        }
        'custctl;account;site;help;help' {
            break
        }
        'custctl;account;receipt-method' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a receipt method for a period; assignments of one method never overlap')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assignments in force on a date, with their primary flag on that date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment (named by its id): --on is its last active day')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;receipt-method;assign' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First active day [default: today]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last active day [default: open-ended]')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Assign to this bill-to site of the account instead of the account itself')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--primary', '--primary', [CompletionResultType]::ParameterName, 'Primary over its whole period (refused when another primary overlaps: use set-primary)')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;receipt-method;list' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every assignment, not only those in force on the date')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;receipt-method;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last active day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;receipt-method;set-primary' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day it is primary [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;receipt-method;history' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;receipt-method;help' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a receipt method for a period; assignments of one method never overlap')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assignments in force on a date, with their primary flag on that date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment (named by its id): --on is its last active day')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;receipt-method;help;assign' {
            break
        }
        'custctl;account;receipt-method;help;list' {
            break
        }
        'custctl;account;receipt-method;help;end' {
            break
        }
        'custctl;account;receipt-method;help;set-primary' {
            break
        }
        'custctl;account;receipt-method;help;history' {
            break
        }
        'custctl;account;receipt-method;help;help' {
            break
        }
        'custctl;account;contact' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each contact of the account, with who changed it and when (from the audit log)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact''s job title; add or remove responsibilities')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact: --on is the last day [default: today]')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact the primary of the account (or of its site)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;contact;add' {
            [CompletionResult]::new('--person', '--person', [CompletionResultType]::ParameterName, 'An existing person: an id, or an external id (ext:VALUE)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Create a new person with this name')
            [CompletionResult]::new('--job-title', '--job-title', [CompletionResultType]::ParameterName, 'job-title')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'A site of the account this person is the contact of')
            [CompletionResult]::new('--responsibility', '--responsibility', [CompletionResultType]::ParameterName, 'bill-to, ship-to, dunning or statements; repeatable')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--primary', '--primary', [CompletionResultType]::ParameterName, 'Make it the primary contact of the account (or of the site); the previous primary is demoted')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;contact;list' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Ended contacts too')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;contact;history' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Ended contacts too')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;contact;update' {
            [CompletionResult]::new('--job-title', '--job-title', [CompletionResultType]::ParameterName, 'A new job title ('''' clears it)')
            [CompletionResult]::new('--add-responsibility', '--add-responsibility', [CompletionResultType]::ParameterName, 'bill-to, ship-to, dunning or statements; repeatable')
            [CompletionResult]::new('--remove-responsibility', '--remove-responsibility', [CompletionResultType]::ParameterName, 'A responsibility the contact has; repeatable')
            [CompletionResult]::new('--clear', '--clear', [CompletionResultType]::ParameterName, 'Empty an optional field: job-title, responsibilities (repeatable)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;contact;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last day [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;contact;set-primary' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;contact;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each contact of the account, with who changed it and when (from the audit log)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact''s job title; add or remove responsibilities')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact: --on is the last day [default: today]')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact the primary of the account (or of its site)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;contact;help;add' {
            break
        }
        'custctl;account;contact;help;list' {
            break
        }
        'custctl;account;contact;help;history' {
            break
        }
        'custctl;account;contact;help;update' {
            break
        }
        'custctl;account;contact;help;end' {
            break
        }
        'custctl;account;contact;help;set-primary' {
            break
        }
        'custctl;account;contact;help;help' {
            break
        }
        'custctl;account;defaults' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The currency of the default bank account [default: the account''s currency, plus every currency it has a bank account in]')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'A bill-to site of the account: its own defaults before the account''s')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read the column SOURCE as the field FIELD (repeatable)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore columns that are not fields of the record (instead of refusing the file)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows and set the invalid ones aside (exit 0)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --rejects: replace FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, but write nothing')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;account;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account; without --person an organisation named after it becomes its customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts by number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s name, status, currency or customer')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of an account')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites (addresses) of an account')
            [CompletionResult]::new('receipt-method', 'receipt-method', [CompletionResultType]::ParameterValue, 'Receipt methods assigned to an account or one of its sites')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of an account')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'The defaults in force on a date, each with its reason')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account added by mistake: refused while anything refers to it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;account;help;add' {
            break
        }
        'custctl;account;help;list' {
            break
        }
        'custctl;account;help;show' {
            break
        }
        'custctl;account;help;update' {
            break
        }
        'custctl;account;help;characteristic' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            break
        }
        'custctl;account;help;characteristic;set' {
            break
        }
        'custctl;account;help;characteristic;list' {
            break
        }
        'custctl;account;help;characteristic;remove' {
            break
        }
        'custctl;account;help;site' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a site; --primary makes it the primary site for each of its uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites in use on a date (every site with --all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site of an account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s address; --clear empties an optional field')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a site: --on is its last day in use (today or later)')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a site the account''s primary site for its uses (or those given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated')
            break
        }
        'custctl;account;help;site;add' {
            break
        }
        'custctl;account;help;site;list' {
            break
        }
        'custctl;account;help;site;show' {
            break
        }
        'custctl;account;help;site;update' {
            break
        }
        'custctl;account;help;site;end' {
            break
        }
        'custctl;account;help;site;set-primary' {
            break
        }
        'custctl;account;help;site;import' {
            break
        }
        'custctl;account;help;receipt-method' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a receipt method for a period; assignments of one method never overlap')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assignments in force on a date, with their primary flag on that date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment (named by its id): --on is its last active day')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            break
        }
        'custctl;account;help;receipt-method;assign' {
            break
        }
        'custctl;account;help;receipt-method;list' {
            break
        }
        'custctl;account;help;receipt-method;end' {
            break
        }
        'custctl;account;help;receipt-method;set-primary' {
            break
        }
        'custctl;account;help;receipt-method;history' {
            break
        }
        'custctl;account;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each contact of the account, with who changed it and when (from the audit log)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact''s job title; add or remove responsibilities')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact: --on is the last day [default: today]')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact the primary of the account (or of its site)')
            break
        }
        'custctl;account;help;contact;add' {
            break
        }
        'custctl;account;help;contact;list' {
            break
        }
        'custctl;account;help;contact;history' {
            break
        }
        'custctl;account;help;contact;update' {
            break
        }
        'custctl;account;help;contact;end' {
            break
        }
        'custctl;account;help;contact;set-primary' {
            break
        }
        'custctl;account;help;defaults' {
            break
        }
        'custctl;account;help;import' {
            break
        }
        'custctl;account;help;delete' {
            break
        }
        'custctl;account;help;help' {
            break
        }
        'custctl;instrument' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the instruments of an account in force on a date (bank numbers masked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one instrument (bank numbers masked unless --reveal)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an instrument: --on is its last active day')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card''s expiry (with its number typed again); the card or bank account itself never changes')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import instruments from CSV or NDJSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;instrument;add' {
            [CompletionResult]::new('--card-number', '--card-number', [CompletionResultType]::ParameterName, 'A card''s number (never stored: only brand, last 4, expiry and a keyed fingerprint)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'The card''s expiry month')
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'A bank account''s IBAN')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'The BIC of the IBAN''s bank (of the IBAN''s country)')
            [CompletionResult]::new('--bank-account', '--bank-account', [CompletionResultType]::ParameterName, 'A bank account''s domestic number (with --bank-code and --country)')
            [CompletionResult]::new('--bank-code', '--bank-code', [CompletionResultType]::ParameterName, 'The domestic bank code (bank and branch identifiers)')
            [CompletionResult]::new('--country', '--country', [CompletionResultType]::ParameterName, 'The bank account''s country (ISO 3166 two-letter code)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'A bank account''s currency (ISO 4217); cards have none')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'The name of the card or account holder')
            [CompletionResult]::new('--site', '--site', [CompletionResultType]::ParameterName, 'Attach it to this bill-to site of the account')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'First active day [default: today]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'Last active day [default: open-ended; a card also ends with its expiry month]')
            [CompletionResult]::new('--preference', '--preference', [CompletionResultType]::ParameterName, 'Order of preference among instruments without a primary (1 first)')
            [CompletionResult]::new('--external-id', '--external-id', [CompletionResultType]::ParameterName, 'An id of the instrument in another system (unique)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--primary', '--primary', [CompletionResultType]::ParameterName, 'Primary of its scope over its whole period (refused when another primary overlaps: use set-primary)')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;list' {
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'Only the bank accounts of this currency')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every instrument, not only those in force on the date')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show bank numbers in full (each reveal is audited)')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;show' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked for `active`, `primary` and `default` [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Show bank numbers in full (audited)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last active day')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;update' {
            [CompletionResult]::new('--card-number', '--card-number', [CompletionResultType]::ParameterName, 'The card''s number typed again, to renew its expiry (checked against the stored card, never stored)')
            [CompletionResult]::new('--expiry', '--expiry', [CompletionResultType]::ParameterName, 'The renewed card''s expiry month')
            [CompletionResult]::new('--holder', '--holder', [CompletionResultType]::ParameterName, 'The name of the card or account holder ('''' clears it)')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'The BIC of a bank account''s bank ('''' clears it)')
            [CompletionResult]::new('--preference', '--preference', [CompletionResultType]::ParameterName, 'The order of choice among instruments of one scope, 1 first ('''' clears it)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The last active day, as with instrument end (ending never extends)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;set-primary' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day it is primary [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;history' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;import' {
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'csv (with a header row) or ndjson [default: by the file''s extension, else csv]')
            [CompletionResult]::new('--map', '--map', [CompletionResultType]::ParameterName, 'Read the column SOURCE as the field FIELD (repeatable)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'The CSV field separator (one character, or `tab`) [default: the one an Excel `sep=` first line names, else `,`]')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'The file''s encoding when it is not UTF-8 (windows-1252, iso-8859-1, ...)')
            [CompletionResult]::new('--rejects', '--rejects', [CompletionResultType]::ParameterName, 'With --skip-invalid: write each invalid row, unchanged, to FILE with an `error` column')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore columns that are not fields of the record (instead of refusing the file)')
            [CompletionResult]::new('--skip-invalid', '--skip-invalid', [CompletionResultType]::ParameterName, 'Write the valid rows and set the invalid ones aside (exit 0)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'With --rejects: replace FILE if it exists')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every row and report the counts, but write nothing')
            [CompletionResult]::new('--exclusive', '--exclusive', [CompletionResultType]::ParameterName, 'Take the database to the import while it runs: faster for a large file, but other commands wait until it is done. SQLite: a rollback journal instead of the write-ahead log (falls back to the log, with a warning, when another connection has the database open). PostgreSQL: the loaded tables are locked, and their plain indexes and foreign keys are built and checked again in one pass each')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;instrument;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the instruments of an account in force on a date (bank numbers masked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one instrument (bank numbers masked unless --reveal)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an instrument: --on is its last active day')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card''s expiry (with its number typed again); the card or bank account itself never changes')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import instruments from CSV or NDJSON')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;instrument;help;add' {
            break
        }
        'custctl;instrument;help;list' {
            break
        }
        'custctl;instrument;help;show' {
            break
        }
        'custctl;instrument;help;end' {
            break
        }
        'custctl;instrument;help;update' {
            break
        }
        'custctl;instrument;help;set-primary' {
            break
        }
        'custctl;instrument;help;history' {
            break
        }
        'custctl;instrument;help;import' {
            break
        }
        'custctl;instrument;help;help' {
            break
        }
        'custctl;relationship' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two accounts for a period')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'End a relationship: the date is its last active day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;relationship;link' {
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first day [default: today]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The last day [default: open-ended]')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'comment')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--bill-to', '--bill-to', [CompletionResultType]::ParameterName, 'The first account may be invoiced for the related one')
            [CompletionResult]::new('--ship-to', '--ship-to', [CompletionResultType]::ParameterName, 'The first account may receive the related one''s shipments')
            [CompletionResult]::new('--reciprocal', '--reciprocal', [CompletionResultType]::ParameterName, 'Make payment sharing (and bill-to, ship-to) two-way')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;relationship;list' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;relationship;unlink' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last active day [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;relationship;help' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two accounts for a period')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'End a relationship: the date is its last active day')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;relationship;help;link' {
            break
        }
        'custctl;relationship;help;list' {
            break
        }
        'custctl;relationship;help;unlink' {
            break
        }
        'custctl;relationship;help;help' {
            break
        }
        'custctl;profile' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The profile values in force on a date, each with its source (class or override)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every profile assignment of an account, with its overrides')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;profile;set' {
            [CompletionResult]::new('--class', '--class', [CompletionResultType]::ParameterName, 'The profile class code')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first day [default: today]')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The last day [default: open-ended]')
            [CompletionResult]::new('--payment-terms', '--payment-terms', [CompletionResultType]::ParameterName, 'Payment terms code, e.g. NET30')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'Credit limit in one currency, as a decimal in its minor units (USD=5000.00); repeat for each currency')
            [CompletionResult]::new('--credit-check', '--credit-check', [CompletionResultType]::ParameterName, 'Whether orders are credit-checked: true or false')
            [CompletionResult]::new('--credit-hold', '--credit-hold', [CompletionResultType]::ParameterName, 'Whether the account is on credit hold: true or false')
            [CompletionResult]::new('--tolerance', '--tolerance', [CompletionResultType]::ParameterName, 'Receipt tolerance in percent (0 to 100, at most two decimals)')
            [CompletionResult]::new('--statement-cycle', '--statement-cycle', [CompletionResultType]::ParameterName, 'Statement cycle code, e.g. MONTHLY')
            [CompletionResult]::new('--send-statements', '--send-statements', [CompletionResultType]::ParameterName, 'Whether statements are sent: true or false')
            [CompletionResult]::new('--dunning-letters', '--dunning-letters', [CompletionResultType]::ParameterName, 'Whether dunning letters are sent: true or false')
            [CompletionResult]::new('--collector', '--collector', [CompletionResultType]::ParameterName, 'The collector''s name')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'Allow a date before today: a correction of the past, audited with what `--on` answered before and after')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;profile;show' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The date asked [default: today]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;profile;history' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;profile;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The profile values in force on a date, each with its source (class or override)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every profile assignment of an account, with its overrides')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;profile;help;set' {
            break
        }
        'custctl;profile;help;show' {
            break
        }
        'custctl;profile;help;history' {
            break
        }
        'custctl;profile;help;help' {
            break
        }
        'custctl;export' {
            [CompletionResult]::new('--entities', '--entities', [CompletionResultType]::ParameterName, 'Only these kinds (comma-separated; the names are the `kind` values of an export)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;import' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Give the new database this key file (the source database''s `.key`), so that card fingerprints keep matching')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('columns', 'columns', [CompletionResultType]::ParameterValue, 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;import;columns' {
            [CompletionResult]::new('--columns', '--columns', [CompletionResultType]::ParameterName, 'The columns to show, by their JSON names, e.g. id,name (tables and CSV; JSON keeps every field)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'Skip the first N rows')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--wide', '--wide', [CompletionResultType]::ParameterName, 'Show every column in a table')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Print only the number of rows (after --offset and --limit)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;import;help' {
            [CompletionResult]::new('columns', 'columns', [CompletionResultType]::ParameterValue, 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;import;help;columns' {
            break
        }
        'custctl;import;help;help' {
            break
        }
        'custctl;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell''s startup file (elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;completions;install' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;completions;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell''s startup file (elvish, powershell)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;completions;help;install' {
            break
        }
        'custctl;completions;help;help' {
            break
        }
        'custctl;config' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Each setting with its value and where it came from (flag, env, config file, built-in)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;config;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The database: a file (SQLite) or a postgresql:// URL [env: CUSTCTL_DB] [default: $XDG_DATA_HOME/custctl/custctl.db]')
            [CompletionResult]::new('--key-file', '--key-file', [CompletionResultType]::ParameterName, 'The key file [env: CUSTCTL_KEY_FILE] [default: the database file plus .key; none on PostgreSQL]')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [env: CUSTCTL_FORMAT] [default: table]')
            [CompletionResult]::new('--actor', '--actor', [CompletionResultType]::ParameterName, 'Who makes the change [env: CUSTCTL_ACTOR] [default: $USER]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour output')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Short for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Silence messages (not data)')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the database (with its folder and key file) when it does not exist, as `init` does; without it only `init` creates one')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'custctl;config;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Each setting with its value and where it came from (flag, env, config file, built-in)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;config;help;show' {
            break
        }
        'custctl;config;help;help' {
            break
        }
        'custctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create or migrate the database; print its path and schema version')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check the database, the audit chain and every business invariant')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the database consistently (while others write), with its key file')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'List audit entries, or verify the audit chain')
            [CompletionResult]::new('catalog', 'catalog', [CompletionResultType]::ParameterValue, 'Set up catalogs: contact classes and types, characteristic types, letter templates, receipt methods, profile classes')
            [CompletionResult]::new('person', 'person', [CompletionResultType]::ParameterValue, 'Persons and organisations, their contact points and relationships')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Customer contacts: the record of every time a customer got in touch')
            [CompletionResult]::new('account', 'account', [CompletionResultType]::ParameterValue, 'Customer accounts, their sites, receipt methods and contacts')
            [CompletionResult]::new('instrument', 'instrument', [CompletionResultType]::ParameterValue, 'Payment instruments: cards and bank accounts')
            [CompletionResult]::new('relationship', 'relationship', [CompletionResultType]::ParameterValue, 'Relationships between accounts')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Account profiles: a profile class for a period, with overrides')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write every record as NDJSON')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Read an export back')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print shell completions, or install them where the shell looks')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'The settings in force and where each came from')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'custctl;help;init' {
            break
        }
        'custctl;help;doctor' {
            break
        }
        'custctl;help;backup' {
            break
        }
        'custctl;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit chain; exit 4 naming the first bad entry')
            [CompletionResult]::new('head', 'head', [CompletionResultType]::ParameterValue, 'Print the chain''s entry count and head HMAC as COUNT:HMAC (the chain is verified first): keep it outside the database and pass it to `verify --expect-head` later')
            break
        }
        'custctl;help;audit;verify' {
            break
        }
        'custctl;help;audit;head' {
            break
        }
        'custctl;help;catalog' {
            [CompletionResult]::new('contact-class', 'contact-class', [CompletionResultType]::ParameterValue, 'Contact classes')
            [CompletionResult]::new('contact-type', 'contact-type', [CompletionResultType]::ParameterValue, 'Contact types: a class and type, their letter and characteristics')
            [CompletionResult]::new('characteristic-type', 'characteristic-type', [CompletionResultType]::ParameterValue, 'Characteristic types: predefined values or ad hoc with a pattern')
            [CompletionResult]::new('letter-template', 'letter-template', [CompletionResultType]::ParameterValue, 'Letter templates')
            [CompletionResult]::new('receipt-method', 'receipt-method', [CompletionResultType]::ParameterValue, 'Receipt methods: automatic (bank account or card) or manual')
            [CompletionResult]::new('profile-class', 'profile-class', [CompletionResultType]::ParameterValue, 'Profile classes, versioned by date')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List catalog entries, of one kind or of all')
            break
        }
        'custctl;help;catalog;contact-class' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact class')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact classes')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a class''s description (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a class: it takes no new contacts or types; old ones keep it')
            break
        }
        'custctl;help;catalog;contact-class;add' {
            break
        }
        'custctl;help;catalog;contact-class;list' {
            break
        }
        'custctl;help;catalog;contact-class;update' {
            break
        }
        'custctl;help;catalog;contact-class;deactivate' {
            break
        }
        'custctl;help;catalog;contact-type' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact type under a class, with its letter and characteristic rules')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact types with their letters and characteristic rules')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description or letter (its code never changes)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it takes no new contacts; old ones keep it')
            break
        }
        'custctl;help;catalog;contact-type;add' {
            break
        }
        'custctl;help;catalog;contact-type;list' {
            break
        }
        'custctl;help;catalog;contact-type;update' {
            break
        }
        'custctl;help;catalog;contact-type;deactivate' {
            break
        }
        'custctl;help;catalog;characteristic-type' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a characteristic type: predefined values, or ad hoc with an optional pattern')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristic types with their values and patterns')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a type''s description; add predefined values or remove unused ones')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a type: it is set on no record any more; records keep their values')
            break
        }
        'custctl;help;catalog;characteristic-type;add' {
            break
        }
        'custctl;help;catalog;characteristic-type;list' {
            break
        }
        'custctl;help;catalog;characteristic-type;update' {
            break
        }
        'custctl;help;catalog;characteristic-type;deactivate' {
            break
        }
        'custctl;help;catalog;letter-template' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a letter template; its body is a minijinja template that sees person, account, contact, characteristics and log')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Make a new version of a letter template (letters already printed keep their text; pending ones are rendered with the new version)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letter templates (without their bodies)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a letter template with its body')
            break
        }
        'custctl;help;catalog;letter-template;add' {
            break
        }
        'custctl;help;catalog;letter-template;update' {
            break
        }
        'custctl;help;catalog;letter-template;list' {
            break
        }
        'custctl;help;catalog;letter-template;show' {
            break
        }
        'custctl;help;catalog;receipt-method' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a receipt method: automatic (drawing on a bank account or card) or manual')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a method''s description (its code and kind never change)')
            [CompletionResult]::new('deactivate', 'deactivate', [CompletionResultType]::ParameterValue, 'Deactivate a method: it takes no new assignments; old ones keep it')
            break
        }
        'custctl;help;catalog;receipt-method;add' {
            break
        }
        'custctl;help;catalog;receipt-method;update' {
            break
        }
        'custctl;help;catalog;receipt-method;deactivate' {
            break
        }
        'custctl;help;catalog;profile-class' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a profile class with its first version')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Add a new version of a class from a date; fields not given carry over from the version in force before it, and earlier dates keep their values')
            break
        }
        'custctl;help;catalog;profile-class;add' {
            break
        }
        'custctl;help;catalog;profile-class;update' {
            break
        }
        'custctl;help;catalog;list' {
            break
        }
        'custctl;help;person' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a person or organisation')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List persons, optionally those matching a search text')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a person with contact points, relationships, accounts and latest contacts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a person''s fields')
            [CompletionResult]::new('point', 'point', [CompletionResultType]::ParameterValue, 'Contact points (phone, fax, email, im, url)')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of a person')
            [CompletionResult]::new('relate', 'relate', [CompletionResultType]::ParameterValue, 'Say that a person is a contact of another, for a period; list and end such relationships')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import persons from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a person added by mistake: refused while anything refers to it')
            [CompletionResult]::new('duplicates', 'duplicates', [CompletionResultType]::ParameterValue, 'Candidate duplicate persons with a score and the reasons (shared e-mail, phone, web address, folded name, site address)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge duplicates into the person kept: their records move to it, they stay as records that resolve to it')
            [CompletionResult]::new('garble', 'garble', [CompletionResultType]::ParameterValue, 'Erase a person''s personal data on request: garbled with random characters of the same shape everywhere, redacted from the audit log; the person is closed to changes')
            break
        }
        'custctl;help;person;add' {
            break
        }
        'custctl;help;person;list' {
            break
        }
        'custctl;help;person;show' {
            break
        }
        'custctl;help;person;update' {
            break
        }
        'custctl;help;person;point' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact point; --primary demotes the current primary of its type')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contact points in use (every one with --all)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact point''s value or purpose; --clear purpose empties it')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact point: it is no longer used from today and stays for the record')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact point the primary of its type')
            break
        }
        'custctl;help;person;point;add' {
            break
        }
        'custctl;help;person;point;list' {
            break
        }
        'custctl;help;person;point;update' {
            break
        }
        'custctl;help;person;point;end' {
            break
        }
        'custctl;help;person;point;set-primary' {
            break
        }
        'custctl;help;person;characteristic' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            break
        }
        'custctl;help;person;characteristic;set' {
            break
        }
        'custctl;help;person;characteristic;list' {
            break
        }
        'custctl;help;person;characteristic;remove' {
            break
        }
        'custctl;help;person;relate' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the party relationships a person takes part in (either side) on a date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a party relationship: --on is its last active day')
            break
        }
        'custctl;help;person;relate;list' {
            break
        }
        'custctl;help;person;relate;end' {
            break
        }
        'custctl;help;person;import' {
            break
        }
        'custctl;help;person;delete' {
            break
        }
        'custctl;help;person;duplicates' {
            break
        }
        'custctl;help;person;merge' {
            break
        }
        'custctl;help;person;garble' {
            break
        }
        'custctl;help;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record that a customer got in touch (or was contacted)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List contacts, newest first')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a contact with its log and characteristics')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close an open contact (case file) with a resolution, added to its log')
            [CompletionResult]::new('reopen', 'reopen', [CompletionResultType]::ParameterValue, 'Reopen a closed contact; adds a log entry')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'The contact''s log: append-only entries, optionally with a reminder')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of a contact')
            [CompletionResult]::new('reminders', 'reminders', [CompletionResultType]::ParameterValue, 'Reminders that are due, or mark one done')
            [CompletionResult]::new('letters', 'letters', [CompletionResultType]::ParameterValue, 'Letters queued by contacts, or extract the pending ones to files')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import contacts from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a contact recorded by mistake: within 24 hours, with no log entry or printed letter')
            break
        }
        'custctl;help;contact;add' {
            break
        }
        'custctl;help;contact;list' {
            break
        }
        'custctl;help;contact;show' {
            break
        }
        'custctl;help;contact;close' {
            break
        }
        'custctl;help;contact;reopen' {
            break
        }
        'custctl;help;contact;log' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Append an entry, optionally with a reminder to a user or a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a contact''s log entries, oldest first')
            break
        }
        'custctl;help;contact;log;add' {
            break
        }
        'custctl;help;contact;log;list' {
            break
        }
        'custctl;help;contact;characteristic' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            break
        }
        'custctl;help;contact;characteristic;set' {
            break
        }
        'custctl;help;contact;characteristic;list' {
            break
        }
        'custctl;help;contact;characteristic;remove' {
            break
        }
        'custctl;help;contact;reminders' {
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark the reminder of a log entry done')
            break
        }
        'custctl;help;contact;reminders;done' {
            break
        }
        'custctl;help;contact;letters' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the letters (pending, printed and cancelled); a letter''s ID is its contact''s id')
            [CompletionResult]::new('extract', 'extract', [CompletionResultType]::ParameterValue, 'Render each pending letter into a file in DIR and mark it printed; a letter that fails is reported (exit 5 at the end) and stays pending, the others are written')
            [CompletionResult]::new('cancel', 'cancel', [CompletionResultType]::ParameterValue, 'Cancel a pending letter: it is never extracted')
            [CompletionResult]::new('reprint', 'reprint', [CompletionResultType]::ParameterValue, 'Print the text a printed letter was printed with, again (audited)')
            break
        }
        'custctl;help;contact;letters;list' {
            break
        }
        'custctl;help;contact;letters;extract' {
            break
        }
        'custctl;help;contact;letters;cancel' {
            break
        }
        'custctl;help;contact;letters;reprint' {
            break
        }
        'custctl;help;contact;import' {
            break
        }
        'custctl;help;contact;delete' {
            break
        }
        'custctl;help;account' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an account; without --person an organisation named after it becomes its customer')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts by number')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The whole account on a day: customer, sites, receipt methods and instruments in force (with primaries), contacts, relationships, profile, open contacts')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change an account''s name, status, currency or customer')
            [CompletionResult]::new('characteristic', 'characteristic', [CompletionResultType]::ParameterValue, 'Characteristics of an account')
            [CompletionResult]::new('site', 'site', [CompletionResultType]::ParameterValue, 'Sites (addresses) of an account')
            [CompletionResult]::new('receipt-method', 'receipt-method', [CompletionResultType]::ParameterValue, 'Receipt methods assigned to an account or one of its sites')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Contact persons of an account')
            [CompletionResult]::new('defaults', 'defaults', [CompletionResultType]::ParameterValue, 'The defaults in force on a date, each with its reason')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from CSV or NDJSON')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account added by mistake: refused while anything refers to it')
            break
        }
        'custctl;help;account;add' {
            break
        }
        'custctl;help;account;list' {
            break
        }
        'custctl;help;account;show' {
            break
        }
        'custctl;help;account;update' {
            break
        }
        'custctl;help;account;characteristic' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set a characteristic (replaces its current value)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the characteristics')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a characteristic')
            break
        }
        'custctl;help;account;characteristic;set' {
            break
        }
        'custctl;help;account;characteristic;list' {
            break
        }
        'custctl;help;account;characteristic;remove' {
            break
        }
        'custctl;help;account;site' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a site; --primary makes it the primary site for each of its uses')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the sites in use on a date (every site with --all)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one site of an account')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a site''s address; --clear empties an optional field')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a site: --on is its last day in use (today or later)')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a site the account''s primary site for its uses (or those given)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import sites (addresses) from CSV or NDJSON: new ones added, known ones updated')
            break
        }
        'custctl;help;account;site;add' {
            break
        }
        'custctl;help;account;site;list' {
            break
        }
        'custctl;help;account;site;show' {
            break
        }
        'custctl;help;account;site;update' {
            break
        }
        'custctl;help;account;site;end' {
            break
        }
        'custctl;help;account;site;set-primary' {
            break
        }
        'custctl;help;account;site;import' {
            break
        }
        'custctl;help;account;receipt-method' {
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Assign a receipt method for a period; assignments of one method never overlap')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the assignments in force on a date, with their primary flag on that date')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an assignment (named by its id): --on is its last active day')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an assignment (named by its id) the primary from a date; the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each assignment of the account, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            break
        }
        'custctl;help;account;receipt-method;assign' {
            break
        }
        'custctl;help;account;receipt-method;list' {
            break
        }
        'custctl;help;account;receipt-method;end' {
            break
        }
        'custctl;help;account;receipt-method;set-primary' {
            break
        }
        'custctl;help;account;receipt-method;history' {
            break
        }
        'custctl;help;account;contact' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a contact person to an account (or one of its sites). --name creates the person and makes it a contact of the account''s customer party; --person takes an existing person who must already be one (custctl person relate REF --to CUSTOMER --role contact)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Each contact with its person''s contact points and its addresses (the site it is attached to, or the account''s sites)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of each contact of the account, with who changed it and when (from the audit log)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a contact''s job title; add or remove responsibilities')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a contact: --on is the last day [default: today]')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make a contact the primary of the account (or of its site)')
            break
        }
        'custctl;help;account;contact;add' {
            break
        }
        'custctl;help;account;contact;list' {
            break
        }
        'custctl;help;account;contact;history' {
            break
        }
        'custctl;help;account;contact;update' {
            break
        }
        'custctl;help;account;contact;end' {
            break
        }
        'custctl;help;account;contact;set-primary' {
            break
        }
        'custctl;help;account;defaults' {
            break
        }
        'custctl;help;account;import' {
            break
        }
        'custctl;help;account;delete' {
            break
        }
        'custctl;help;instrument' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a card (--card-number, --expiry) or a bank account (--iban [--bic], or --bank-account --bank-code --country) with its --currency')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the instruments of an account in force on a date (bank numbers masked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one instrument (bank numbers masked unless --reveal)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End an instrument: --on is its last active day')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change what may change on an instrument: its holder, BIC, preference or end (an empty value clears the holder, BIC or preference), or a renewed card''s expiry (with its number typed again); the card or bank account itself never changes')
            [CompletionResult]::new('set-primary', 'set-primary', [CompletionResultType]::ParameterValue, 'Make an instrument the primary of its scope from a date (bank accounts per currency, cards together); the previous primary keeps the role until the day before')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every version of an instrument, with who changed it and when (from the audit log); corrections of the past are marked `backdated`')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import instruments from CSV or NDJSON')
            break
        }
        'custctl;help;instrument;add' {
            break
        }
        'custctl;help;instrument;list' {
            break
        }
        'custctl;help;instrument;show' {
            break
        }
        'custctl;help;instrument;end' {
            break
        }
        'custctl;help;instrument;update' {
            break
        }
        'custctl;help;instrument;set-primary' {
            break
        }
        'custctl;help;instrument;history' {
            break
        }
        'custctl;help;instrument;import' {
            break
        }
        'custctl;help;relationship' {
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Link two accounts for a period')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The relationships of an account in both directions, and for each whether this account may pay for, bill to or ship to the other on the date asked')
            [CompletionResult]::new('unlink', 'unlink', [CompletionResultType]::ParameterValue, 'End a relationship: the date is its last active day')
            break
        }
        'custctl;help;relationship;link' {
            break
        }
        'custctl;help;relationship;list' {
            break
        }
        'custctl;help;relationship;unlink' {
            break
        }
        'custctl;help;profile' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Assign a profile class to an account for a period, with overrides. A new open-ended assignment that starts after the current open-ended one supersedes it (that one ends the day before); otherwise assignments may not overlap')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'The profile values in force on a date, each with its source (class or override)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'Every profile assignment of an account, with its overrides')
            break
        }
        'custctl;help;profile;set' {
            break
        }
        'custctl;help;profile;show' {
            break
        }
        'custctl;help;profile;history' {
            break
        }
        'custctl;help;export' {
            break
        }
        'custctl;help;import' {
            [CompletionResult]::new('columns', 'columns', [CompletionResultType]::ParameterValue, 'List every column an entity import (`person import`, ..., `account site import`) accepts, with its type and whether it is required')
            break
        }
        'custctl;help;import;columns' {
            break
        }
        'custctl;help;completions' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Write the completion script where the shell looks for it (bash, fish, zsh), or print the one line to add to the shell''s startup file (elvish, powershell)')
            break
        }
        'custctl;help;completions;install' {
            break
        }
        'custctl;help;config' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Each setting with its value and where it came from (flag, env, config file, built-in)')
            break
        }
        'custctl;help;config;show' {
            break
        }
        'custctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
