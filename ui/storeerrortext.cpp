#include "storeerrortext.h"

namespace {

QString withDetail(const QString &words, const QString &detail)
{
    return detail.isEmpty() ? words : words + QStringLiteral(" (") + detail + u')';
}

} // namespace

QString StoreErrorText::keychain(const SecretStoreError &error)
{
    using Kind = SecretStoreError::Kind;
    QString words;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::NoBackend:
        words = tr("No keychain is available: no Secret Service (gnome-keyring, KWallet, "
                   "KeePassXC) answers on the session bus. Nothing is ever stored in a plain "
                   "file instead.");
        break;
    case Kind::Locked:
        words = tr("The keychain is locked. Unlock it and try again; nothing was changed.");
        break;
    case Kind::AccessDenied:
        words = tr("The keychain refused access. Unlock it or allow access, then try again.");
        break;
    case Kind::NotFound:
        words = tr("The keychain has no such entry.");
        break;
    case Kind::NotFoundOrLocked:
        words = tr("The keychain did not return the entry: it is missing, or the keychain is "
                   "locked. Unlock the keychain and try again.");
        break;
    case Kind::TooLarge:
        words = tr("The secret is too large for this keychain; nothing was stored.");
        break;
    case Kind::InvalidRequest:
        words = tr("The keychain request was invalid.");
        break;
    case Kind::Malformed:
        words = tr("The keychain entry does not hold what this application stores there.");
        break;
    case Kind::Timeout:
        words = error.mayStillComplete
                    ? tr("The keychain did not answer in time; the operation may still complete.")
                    : tr("The keychain did not answer in time; nothing was changed.");
        break;
    case Kind::MissingPart:
        words = tr("The keychain cannot be reached: part of apigw-keys is missing.");
        break;
    case Kind::Other:
        words = tr("The keychain reported an error.");
        break;
    }
    return withDetail(words, error.diagnosis.isEmpty() ? error.backendText : error.diagnosis);
}

QString StoreErrorText::keyIndex(const KeyIndexError &error)
{
    using Kind = KeyIndexError::Kind;
    QString words;
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Unreadable:
        words = tr("The list of saved keys cannot be read.");
        break;
    case Kind::Damaged:
        words = tr("The list of saved keys is damaged; it was left as it is.");
        break;
    case Kind::UnsupportedVersion:
        words = tr("The list of saved keys was written by a newer version of this application.");
        break;
    case Kind::ReadOnly:
        words = tr("The list of saved keys is not changed while it has a problem.");
        break;
    case Kind::WriteFailed:
        words = tr("The list of saved keys could not be written.");
        break;
    case Kind::NotFound:
        words = tr("No saved key has that id.");
        break;
    case Kind::Busy:
        words = tr("The list of saved keys is being changed by another program; try again.");
        break;
    }
    return withDetail(words, error.detail);
}
