#include "secretstoreerror.h"

#include <QMetaEnum>

QString SecretStoreError::kindName(Kind kind)
{
    return QLatin1String(QMetaEnum::fromType<Kind>().valueToKey(int(kind)));
}
