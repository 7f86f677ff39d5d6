#pragma once

#include "apitypes.h"
#include "secretstring.h"

#include <QString>

// What the user asks the gateway to create. The same rules drive the live form validators and
// the request builders, so a form that says "valid" always produces a request.
struct KeySpec
{
    QString name;
    KeyType type = KeyType::Auto;
    QString keyId;          // manual only
    SecretString keySecret; // manual only

    // Surrounding whitespace trimmed from every field (pastes often carry a newline); for
    // `auto` the id and secret are dropped, since they are never sent.
    KeySpec normalized() const;
};

// What is wrong with one field, as a code the UI turns into words.
enum class FieldProblem {
    None,
    Required,
    TooShort,
    TooLong,
    ControlCharacter, // name: tabs, newlines and other control characters inside the text
    InvalidCharacter, // id and secret: anything outside [A-Za-z0-9_]
};

namespace KeySpecRules {
// The gateway documents no bound for the name; the console stops at 60 characters, and so do we,
// counted in Unicode code points.
inline constexpr int MaxNameLength = 60;
inline constexpr int MinKeyIdLength = 5;
inline constexpr int MaxKeyIdLength = 50;
inline constexpr int MinKeySecretLength = 10;
inline constexpr int MaxKeySecretLength = 50;

// Each takes the field as typed; surrounding whitespace does not count against it.
FieldProblem checkName(QStringView name, ApiGeneration generation);
FieldProblem checkKeyId(QStringView keyId);
FieldProblem checkKeySecret(QStringView keySecret);

bool isKeyCharacter(QChar c); // [A-Za-z0-9_]
bool nameIsRequired(ApiGeneration generation);
} // namespace KeySpecRules

struct KeySpecProblems
{
    FieldProblem name = FieldProblem::None;
    FieldProblem keyId = FieldProblem::None;
    FieldProblem keySecret = FieldProblem::None;

    bool isValid() const
    {
        return name == FieldProblem::None && keyId == FieldProblem::None &&
               keySecret == FieldProblem::None;
    }
    friend bool operator==(const KeySpecProblems &, const KeySpecProblems &) = default;
};

// For `auto` the id and secret are ignored, whatever they hold.
KeySpecProblems validateKeySpec(const KeySpec &spec, ApiGeneration generation);
