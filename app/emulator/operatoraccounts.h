#pragma once

#include "operatorcredentials.h"

#include <QHash>
#include <optional>

// The operator credentials the emulator knows: who may sign requests, with which key.
class OperatorAccounts
{
public:
    void add(const OperatorCredentials &credentials);
    void remove(const QString &secretId);
    void clear();
    // The account of a SecretId, matched exactly: a stray space is another, unknown id.
    const OperatorCredentials *find(const QString &secretId) const;

private:
    QHash<QString, OperatorCredentials> m_accounts;
};
