#include "secretstoreerror.h"

QString SecretStoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::NoBackend:
        return QStringLiteral("NoBackend");
    case Kind::Locked:
        return QStringLiteral("Locked");
    case Kind::AccessDenied:
        return QStringLiteral("AccessDenied");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::NotFoundOrLocked:
        return QStringLiteral("NotFoundOrLocked");
    case Kind::TooLarge:
        return QStringLiteral("TooLarge");
    case Kind::InvalidRequest:
        return QStringLiteral("InvalidRequest");
    case Kind::Malformed:
        return QStringLiteral("Malformed");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Other:
        return QStringLiteral("Other");
    }
    return QStringLiteral("Other");
}
