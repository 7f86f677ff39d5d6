#pragma once

#include <QString>
#include <QUrl>

// The names of this application's keychain entries. Every name says what it holds and for whom,
// so that two operator profiles, two gateways or two cloud accounts never share an entry:
//
//   profile/<profile>/credentials               the operator credentials of one profile
//   key/<host[:port]>/<account>/<key id>        the secret of one created key
//
// Each component is escaped ('%' -> %25, '/' -> %2F), so no choice of profile name or key id can
// produce another entry's name; anything else, Chinese included, stays readable in keychain
// managers.
namespace EntryName {

QString operatorCredentials(const QString &profile);

// `endpoint` is the gateway the key was created on (its host and port count, not its path);
// `account` the operator SecretId that created it.
QString keySecret(const QUrl &endpoint, const QString &account, const QString &keyId);

QString escapeComponent(const QString &component);

} // namespace EntryName
