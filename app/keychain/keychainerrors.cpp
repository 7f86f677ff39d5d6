#include "keychainerrors.h"

using Kind = SecretStoreError::Kind;
using Status = SecretServiceState::Status;

bool KeychainErrors::needsProbe(SecretStoreJob::Operation operation, QKeychain::Error error)
{
    // libsecret's clear reports success when it removed nothing, and a locked keyring hides the
    // item from it: only the probe can tell "gone" from "still there, locked".
    return error != QKeychain::NoError || operation == SecretStoreJob::Operation::Remove;
}

SecretStoreError KeychainErrors::classify(SecretStoreJob::Operation operation,
                                          QKeychain::Error error, const QString &backendText,
                                          const SecretServiceState &state)
{
    SecretStoreError result;
    result.backendText = backendText;
    result.diagnosis = state.detail;

    if (error == QKeychain::NoError) {
        // Only a removal gets here with a state: "success" from a locked keychain proves nothing.
        if (operation == SecretStoreJob::Operation::Remove && state.status == Status::Locked)
            result.kind = Kind::Locked;
        else
            result = {};
        return result;
    }

    switch (state.status) {
    case Status::NoBus:
    case Status::NoProvider:
    case Status::Unreachable:
        result.kind = Kind::NoBackend;
        return result;
    case Status::Locked:
        result.kind = Kind::Locked;
        return result;
    case Status::NotApplicable:
    case Status::Unlocked:
    case Status::Unknown:
        break;
    }

    switch (error) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        // "Not found" is only the truth when the keychain is known to be open.
        if (state.status == Status::Unknown)
            result.kind = Kind::NotFoundOrLocked;
        else if (operation == SecretStoreJob::Operation::Remove)
            result = {}; // gone is what a removal asked for
        else
            result.kind = Kind::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.kind = Kind::AccessDenied;
        break;
    case QKeychain::NoBackendAvailable:
        result.kind = Kind::NoBackend;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        result.kind = Kind::Other;
        break;
    }
    return result;
}
