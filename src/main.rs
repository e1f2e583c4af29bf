use std::process::ExitCode;

fn main() -> ExitCode {
    // Dynamic completion (`source <(CUSTCTL_COMPLETE=bash custctl)`): answers and exits when
    // CUSTCTL_COMPLETE names a shell; otherwise does nothing.
    clap_complete::CompleteEnv::with_factory(custctl::cli::command)
        .var("CUSTCTL_COMPLETE")
        .complete();
    let code = custctl::cli::main_with(std::env::args_os());
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}
