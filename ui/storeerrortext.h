#pragma once

#include "keyindex.h"
#include "secretstoreerror.h"

#include <QCoreApplication>

// Keychain and key index failures in words a person can act on.
class StoreErrorText
{
    Q_DECLARE_TR_FUNCTIONS(StoreErrorText)

public:
    static QString keychain(const SecretStoreError &error);
    static QString keyIndex(const KeyIndexError &error);
};
