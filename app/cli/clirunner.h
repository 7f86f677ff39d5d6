#pragma once

#include <QStringList>

// apigw-keys-cli's command line without the process around it: picks the command, parses, runs it
// on the event loop and returns the exit code (exitcode.h). main.cpp calls it for the program,
// tests call it in process. Needs a QCoreApplication; prints as the program does (Console).
namespace CliRunner {

// `arguments` without the program's name: the command first.
int run(const QStringList &arguments);

} // namespace CliRunner
