#pragma once

#include <QObject>
#include <QString>

// Why a keychain operation failed, in terms a person can act on; the UI words each kind with tr().
// `backendText` keeps the keychain's own words and `diagnosis` what the store found out by itself
// (for example that no session bus is reachable), both for a details pane. Neither ever holds a
// secret: they are built from entry names, D-Bus errors and QtKeychain's messages only.
struct SecretStoreError
{
    Q_GADGET

public:
    enum class Kind {
        None,
        NoBackend,        // no keychain reachable: no session bus, or no Secret Service on it
        Locked,           // the keychain is locked: unlock it and try again; nothing changed
        AccessDenied,     // the keychain refused (a dismissed prompt, a policy)
        NotFound,         // no such entry, and the keychain is unlocked: it really is not there
        NotFoundOrLocked, // not found, and whether the keychain is locked could not be checked
        TooLarge,         // longer than the platform's bound; nothing was written, nothing cut
        InvalidRequest,   // empty or overlong entry name, or a secret a keychain cannot hold as is
        Malformed,        // the entry exists but does not hold what this application writes there
        Timeout,          // no answer in time; see mayStillComplete
        Other,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    QString backendText;
    QString diagnosis;
    // Timeout only: the keychain had already started the operation and may still carry it out
    // (a save may land, a removal may happen). False when the request never reached the keychain.
    bool mayStillComplete = false;

    bool isError() const { return kind != Kind::None; }

    // Stable ASCII names ("NoBackend", ...) for logs and tests; never shown to users. They are
    // the enumerators' own names, from Qt's meta-object data, so they cannot drift from Kind.
    static QString kindName(Kind kind);
    friend bool operator==(const SecretStoreError &, const SecretStoreError &) = default;
};
