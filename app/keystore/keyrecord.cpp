#include "keyrecord.h"

#include "createdkey.h"
#include "entryname.h"

QString KeyRecord::secretEntry() const
{
    return EntryName::keySecret(endpoint, account, keyId);
}

KeyRecord KeyRecord::fromCreatedKey(const CreatedKey &key, const QUrl &endpoint,
                                    const QString &region, const QString &account)
{
    KeyRecord record;
    record.keyId = key.keyId;
    record.name = key.name;
    record.type = key.type;
    record.createdUtc = key.createdUtc.toUTC();
    record.endpoint = endpoint;
    record.region = region;
    record.generation = key.generation;
    record.account = account;
    return record;
}
