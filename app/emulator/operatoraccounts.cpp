#include "operatoraccounts.h"

void OperatorAccounts::add(const OperatorCredentials &credentials)
{
    m_accounts.insert(credentials.secretId, credentials);
}

void OperatorAccounts::remove(const QString &secretId)
{
    m_accounts.remove(secretId);
}

void OperatorAccounts::clear()
{
    m_accounts.clear();
}

const OperatorCredentials *OperatorAccounts::find(const QString &secretId) const
{
    const auto found = m_accounts.constFind(secretId);
    return found == m_accounts.cend() ? nullptr : &found.value();
}
