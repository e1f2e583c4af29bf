//! Connecting to PostgreSQL the way libpq would: a URL or key=value conninfo, `sslmode`
//! (`disable`, `allow`, `prefer`, `require`, `verify-ca`, `verify-full`) with `sslrootcert`,
//! and the password from the string, else `PGPASSWORD`, else the password file
//! (`passfile`, `PGPASSFILE` or `~/.pgpass`).
//!
//! The `postgres` crate parses the string but knows only `disable`/`prefer`/`require`, no
//! `sslrootcert`/`passfile`, and reads no environment variable; those are handled here
//! before it sees the string. TLS is rustls (pure Rust with ring: nothing to install, no
//! OpenSSL headers). `require` encrypts without checking the certificate (as libpq does
//! without a root certificate); `verify-ca` checks the chain, `verify-full` the chain and the
//! host name, against `sslrootcert`, else `~/.postgresql/root.crt`, else the system's roots.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use postgres::config::{Host, SslMode};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, DigitallySignedStruct, RootCertStore, SignatureScheme};

use crate::error::{Error, Result};
use crate::store::location::redact;

/// How the server's certificate is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verify {
    /// `disable`: no TLS.
    NoTls,
    /// `allow`/`prefer`/`require`: encrypted, the certificate not checked.
    Encrypt,
    /// `verify-ca`: the chain up to a trusted root.
    Ca,
    /// `verify-full`: the chain and the host name.
    Full,
}

/// A connection string taken apart: what the `postgres` crate is given, and what custctl
/// handles itself.
#[derive(Debug)]
pub struct Target {
    pub config: postgres::Config,
    pub verify: Verify,
    pub root_cert: Option<PathBuf>,
    pub passfile: Option<PathBuf>,
}

/// Parses `conninfo` (a URL or key=value pairs) and fills in what libpq would take from the
/// environment: user, host, port, password.
pub fn target(conninfo: &str) -> Result<Target> {
    let (rest, mut extra) = split_extra(conninfo)?;
    if !extra.iter().any(|(k, _)| k == "sslmode")
        && let Some(mode) = env("PGSSLMODE")
    {
        extra.push(("sslmode".to_string(), mode));
    }
    let mut config: postgres::Config = rest.parse().map_err(|e: postgres::Error| {
        Error::usage(format!(
            "cannot read the PostgreSQL connection string {}: {e}",
            redact(conninfo)
        ))
        .with_hint("write postgresql://USER@HOST:PORT/DBNAME?sslmode=require (libpq's URL form)")
    })?;
    let mut verify = Verify::Encrypt;
    let mut root_cert = None;
    let mut passfile = None;
    for (key, value) in extra {
        match key.as_str() {
            "sslmode" => {
                verify = match value.as_str() {
                    "disable" => Verify::NoTls,
                    "allow" | "prefer" => Verify::Encrypt,
                    "require" => Verify::Encrypt,
                    "verify-ca" => Verify::Ca,
                    "verify-full" => Verify::Full,
                    other => {
                        return Err(Error::usage(format!(
                            "sslmode '{}' is not one of disable, allow, prefer, require, verify-ca, verify-full",
                            crate::domain::time::printable(other)
                        )));
                    }
                };
                config.ssl_mode(match value.as_str() {
                    "disable" => SslMode::Disable,
                    "allow" | "prefer" => SslMode::Prefer,
                    _ => SslMode::Require,
                });
            }
            "sslrootcert" => root_cert = Some(PathBuf::from(value)),
            "passfile" => passfile = Some(PathBuf::from(value)),
            _ => unreachable!("split_extra keeps only the keys above"),
        }
    }
    if root_cert.is_none() {
        root_cert = env("PGSSLROOTCERT").map(PathBuf::from);
    }
    // libpq: with a root certificate, `require` checks the chain as `verify-ca` does.
    if verify == Verify::Encrypt
        && config.get_ssl_mode() == SslMode::Require
        && root_cert.as_ref().is_some_and(|p| p.is_file())
    {
        verify = Verify::Ca;
    }
    if config.get_user().is_none()
        && let Some(user) = env("PGUSER")
    {
        config.user(&user);
    }
    if config.get_dbname().is_none()
        && let Some(db) = env("PGDATABASE")
    {
        config.dbname(&db);
    }
    if config.get_ports().is_empty()
        && let Some(port) = env("PGPORT").and_then(|p| p.parse().ok())
    {
        config.port(port);
    }
    if config.get_hosts().is_empty() && config.get_hostaddrs().is_empty() {
        match env("PGHOST") {
            Some(host) => {
                for h in host.split(',') {
                    config.host(h);
                }
            }
            None => {
                let port = config.get_ports().first().copied().unwrap_or(5432);
                config.host(&default_host(port));
            }
        }
    }
    // libpq waits forever for an unreachable host; custctl as long as for a busy database.
    if config.get_connect_timeout().is_none() {
        config.connect_timeout(crate::store::busy_timeout());
    }
    if config.get_password().is_none() {
        if let Some(pw) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
            config.password(std::os::unix::ffi::OsStrExt::as_bytes(pw.as_os_str()));
        } else if let Some(pw) = pgpass_password(&config, passfile.as_deref())? {
            config.password(pw);
        }
    }
    Ok(Target {
        config,
        verify,
        root_cert,
        passfile,
    })
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// libpq's default: the Unix socket folder that has the server's socket, else localhost.
fn default_host(port: u16) -> String {
    for dir in ["/var/run/postgresql", "/run/postgresql", "/tmp"] {
        if Path::new(dir).join(format!(".s.PGSQL.{port}")).exists() {
            return dir.to_string();
        }
    }
    "localhost".to_string()
}

fn is_url(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    lower.starts_with("postgresql://") || lower.starts_with("postgres://")
}

/// The keys custctl reads itself; the rest go to the `postgres` crate.
const OWN_KEYS: &[&str] = &["sslmode", "sslrootcert", "passfile"];

/// Takes custctl's own keys out of the connection string: (the rest, those keys' values).
fn split_extra(conninfo: &str) -> Result<(String, Vec<(String, String)>)> {
    let s = conninfo.trim();
    let mut extra = Vec::new();
    if is_url(s) {
        let Some((base, query)) = s.split_once('?') else {
            return Ok((s.to_string(), extra));
        };
        let mut kept = Vec::new();
        for param in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = param.split_once('=').unwrap_or((param, ""));
            let key = percent_decode(k)?;
            if OWN_KEYS.contains(&key.as_str()) {
                extra.push((key, percent_decode(v)?));
            } else {
                kept.push(param);
            }
        }
        let rest = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        return Ok((rest, extra));
    }
    let mut kept = String::new();
    let mut rest = s;
    while !rest.trim().is_empty() {
        let Some(eq) = rest.find('=') else {
            return Err(Error::usage(format!(
                "cannot read the PostgreSQL connection string {}: '{}' is not key=value",
                redact(conninfo),
                redact(rest.trim())
            )));
        };
        let key = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let (raw, remaining) = crate::store::location::conninfo_value(after);
        if OWN_KEYS.contains(&key.as_str()) {
            extra.push((key, unquote(raw)));
        } else {
            kept.push_str(&format!("{key}={raw} "));
        }
        rest = remaining;
    }
    Ok((kept.trim_end().to_string(), extra))
}

fn unquote(raw: &str) -> String {
    match raw.strip_prefix('\'').and_then(|r| r.strip_suffix('\'')) {
        Some(inner) => {
            let mut out = String::new();
            let mut escaped = false;
            for c in inner.chars() {
                if escaped || c != '\\' {
                    out.push(c);
                    escaped = false;
                } else {
                    escaped = true;
                }
            }
            out
        }
        None => raw.to_string(),
    }
}

fn percent_decode(s: &str) -> Result<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .ok_or_else(|| Error::usage("a connection string parameter has a bad %-escape"))?;
            out.push(hex);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| Error::usage("a connection string parameter is not UTF-8"))
}

thread_local! {
    /// What connecting noticed and the user should hear (the command line prints them, see
    /// [`take_warnings`]): the store itself never prints.
    static WARNINGS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The warnings connecting gave since the last call.
pub fn take_warnings() -> Vec<String> {
    WARNINGS.with(|w| std::mem::take(&mut *w.borrow_mut()))
}

/// The warnings so far, left for [`take_warnings`] (a failed connection names them in its
/// hint: a password file ignored is the likely cause).
pub fn pending_warnings() -> Vec<String> {
    WARNINGS.with(|w| w.borrow().clone())
}

/// The password file's password for this connection: `passfile`, else `PGPASSFILE`, else
/// `~/.pgpass`. As libpq, a file that group or others may read is ignored (with a note).
fn pgpass_password(config: &postgres::Config, passfile: Option<&Path>) -> Result<Option<String>> {
    let path = match passfile
        .map(Path::to_path_buf)
        .or_else(|| env("PGPASSFILE").map(PathBuf::from))
        .or_else(|| env("HOME").map(|h| PathBuf::from(h).join(".pgpass")))
    {
        Some(p) => p,
        None => return Ok(None),
    };
    let Ok(meta) = std::fs::metadata(&path) else {
        return Ok(None);
    };
    if !meta.is_file() {
        return Ok(None);
    }
    if std::os::unix::fs::PermissionsExt::mode(&meta.permissions()) & 0o077 != 0 {
        WARNINGS.with(|w| {
            w.borrow_mut().push(format!(
                "the password file {} is readable by others and is ignored; chmod 0600 it",
                path.display()
            ))
        });
        return Ok(None);
    }
    let text = std::fs::read_to_string(&path).map_err(|e| {
        Error::storage(format!(
            "cannot read the password file {}: {e}",
            path.display()
        ))
    })?;
    let host = match config.get_hosts().first() {
        Some(Host::Tcp(h)) => h.clone(),
        // libpq matches a Unix socket as "localhost".
        Some(Host::Unix(_)) | None => "localhost".to_string(),
    };
    let port = config
        .get_ports()
        .first()
        .copied()
        .unwrap_or(5432)
        .to_string();
    let user = config
        .get_user()
        .map(str::to_string)
        .or_else(|| env("USER"))
        .unwrap_or_default();
    let dbname = config.get_dbname().unwrap_or(&user).to_string();
    Ok(pgpass_lookup(&text, &host, &port, &dbname, &user))
}

/// The first line of a `.pgpass` text (`host:port:database:user:password`, `*` matches
/// anything, `\:` and `\\` escape) that matches; comments and short lines are skipped.
pub fn pgpass_lookup(
    text: &str,
    host: &str,
    port: &str,
    dbname: &str,
    user: &str,
) -> Option<String> {
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(n) = chars.next() {
                        field.push(n);
                    }
                }
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                _ => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        if matches(&fields[0], host)
            && matches(&fields[1], port)
            && matches(&fields[2], dbname)
            && matches(&fields[3], user)
        {
            return Some(fields.swap_remove(4));
        }
    }
    None
}

/// Connects: TLS as `sslmode` says.
pub fn connect(target: &Target) -> std::result::Result<postgres::Client, ConnectError> {
    if target.verify == Verify::NoTls {
        return target
            .config
            .connect(postgres::NoTls)
            .map_err(ConnectError::Postgres);
    }
    let tls = tls_config(target)?;
    target
        .config
        .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
        .map_err(ConnectError::Postgres)
}

pub enum ConnectError {
    Postgres(postgres::Error),
    Tls(Error),
}

fn tls_config(target: &Target) -> std::result::Result<rustls::ClientConfig, ConnectError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| ConnectError::Tls(Error::internal(format!("TLS: {e}"))))?;
    let verifier: Arc<dyn ServerCertVerifier> = match target.verify {
        Verify::NoTls | Verify::Encrypt => Arc::new(NoCheck(provider)),
        Verify::Ca | Verify::Full => {
            let roots = roots(target.root_cert.as_deref()).map_err(ConnectError::Tls)?;
            let webpki = rustls::client::WebPkiServerVerifier::builder_with_provider(
                Arc::new(roots),
                provider,
            )
            .build()
            .map_err(|e| ConnectError::Tls(Error::storage(format!("TLS: {e}"))))?;
            if target.verify == Verify::Full {
                webpki
            } else {
                Arc::new(ChainOnly(webpki))
            }
        }
    };
    Ok(builder
        .dangerous()
        .with_custom_certificate_verifier(verifier)
        .with_no_client_auth())
}

/// The trusted roots: `sslrootcert` (or `~/.postgresql/root.crt` when it exists), else the
/// system's certificate store.
fn roots(root_cert: Option<&Path>) -> Result<RootCertStore> {
    use rustls::pki_types::pem::PemObject;
    let mut store = RootCertStore::empty();
    let file = root_cert.map(Path::to_path_buf).or_else(|| {
        env("HOME")
            .map(|h| PathBuf::from(h).join(".postgresql/root.crt"))
            .filter(|p| p.is_file())
    });
    match file {
        Some(path) if path.as_os_str() != "system" => {
            let bytes = std::fs::read(&path).map_err(|e| {
                Error::storage(format!(
                    "cannot read the root certificate {}: {e}",
                    path.display()
                ))
                .with_hint("sslrootcert names the PEM file of the server's certificate authority")
            })?;
            for cert in CertificateDer::pem_slice_iter(&bytes) {
                let cert = cert.map_err(|e| {
                    Error::storage(format!("{} holds no PEM certificate: {e}", path.display()))
                })?;
                store
                    .add(cert)
                    .map_err(|e| Error::storage(format!("{}: {e}", path.display())))?;
            }
        }
        _ => {
            let found = rustls_native_certs::load_native_certs();
            for cert in found.certs {
                let _ = store.add(cert);
            }
        }
    }
    if store.is_empty() {
        return Err(Error::storage(
            "sslmode verify-ca/verify-full: no trusted root certificate found",
        )
        .with_hint("name the server's certificate authority with sslrootcert=FILE in the connection string"));
    }
    Ok(store)
}

/// `sslmode=require`: encrypted, but any certificate is taken (the handshake signatures are
/// still checked, so the key exchange is with the certificate's holder).
#[derive(Debug)]
struct NoCheck(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for NoCheck {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// `sslmode=verify-ca`: the chain is checked, the host name is not.
#[derive(Debug)]
struct ChainOnly(Arc<rustls::client::WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> std::result::Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> std::result::Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_first_matching_line_wins_with_wildcards_and_escapes() {
        let text = "# comment\n\
                    otherhost:5432:*:alice:nope\n\
                    db.example:*:sales:alice:a\\:b\\\\c\n\
                    *:*:*:alice:fallback\n\
                    short:line\n";
        assert_eq!(
            pgpass_lookup(text, "db.example", "6543", "sales", "alice").as_deref(),
            Some("a:b\\c")
        );
        assert_eq!(
            pgpass_lookup(text, "db.example", "5432", "hr", "alice").as_deref(),
            Some("fallback")
        );
        assert_eq!(pgpass_lookup(text, "db.example", "5432", "hr", "bob"), None);
    }

    #[test]
    fn own_keys_are_taken_out_of_urls_and_conninfo() {
        let (rest, extra) = split_extra(
            "postgresql://u@h/db?sslmode=verify-full&application_name=x&sslrootcert=%2Fca.pem",
        )
        .unwrap();
        assert_eq!(rest, "postgresql://u@h/db?application_name=x");
        assert_eq!(
            extra,
            vec![
                ("sslmode".to_string(), "verify-full".to_string()),
                ("sslrootcert".to_string(), "/ca.pem".to_string())
            ]
        );
        let (rest, extra) =
            split_extra("host=h sslmode=verify-ca password='a b\\'c' sslrootcert='/x y.pem'")
                .unwrap();
        assert_eq!(rest, "host=h password='a b\\'c'");
        assert_eq!(extra[0], ("sslmode".to_string(), "verify-ca".to_string()));
        assert_eq!(
            extra[1],
            ("sslrootcert".to_string(), "/x y.pem".to_string())
        );
    }

    #[test]
    fn sslmodes_map_to_checks() {
        let mode = |s: &str| {
            target(&format!("postgresql://u@h/db?sslmode={s}"))
                .unwrap()
                .verify
        };
        assert_eq!(mode("disable"), Verify::NoTls);
        assert_eq!(mode("require"), Verify::Encrypt);
        assert_eq!(mode("verify-ca"), Verify::Ca);
        assert_eq!(mode("verify-full"), Verify::Full);
        let t = target("postgresql://u@h/db?sslmode=verify-full").unwrap();
        assert_eq!(t.config.get_ssl_mode(), SslMode::Require);
        let bad = target("postgresql://u:s3cret@h/db?sslmode=sometimes").unwrap_err();
        assert_eq!(bad.exit_code(), 2);
        assert!(!bad.message.contains("s3cret"));
        let bad = target("postgresql://u:s3cret@h/db?nonsense=1").unwrap_err();
        assert_eq!(bad.exit_code(), 2);
        assert!(!bad.message.contains("s3cret"), "{}", bad.message);
    }
}
