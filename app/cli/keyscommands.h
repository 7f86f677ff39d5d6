#pragma once

#include "command.h"

#include <memory>

class KeyIndex;
class SavedKeys;
struct KeyRecord;

// The commands that work on the keys saved on this machine: list, secret, remove.
class SavedKeysCommand : public Command
{
    Q_OBJECT
public:
    enum class Action { List, Secret, Remove };

    explicit SavedKeysCommand(Action action, QObject *parent = nullptr);
    ~SavedKeysCommand() override;

    std::optional<ExitCode> parse(const QStringList &arguments) override;
    void start() override;

private:
    void list();
    void printSecret(const KeyRecord &record);
    void remove(const KeyRecord &record);
    // The record the user means: its full id, or a key id that only one saved key has.
    const KeyRecord *findRecord();

    Action m_action;
    QString m_wanted;
    std::unique_ptr<KeyIndex> m_index;
    std::unique_ptr<SavedKeys> m_savedKeys;
};
