#pragma once

class QLabel;
class QWidget;

// Small looks shared by the widgets, kept in one place so they stay consistent.
namespace UiStyle {

// A message under a field that says what is wrong: a red that stays readable on light and dark
// palettes, plain text, word-wrapped.
void makeProblemLabel(QLabel *label);

// A warning that must not be overlooked (the secret is shown once; the key may exist anyway).
void makeWarningLabel(QLabel *label);

// Fixed-pitch text for ids and secrets, where O/0 and l/1 must be told apart.
void useFixedPitchFont(QWidget *widget);

// Bold and a little larger, for the first line of a panel or dialog.
void makeTitleLabel(QLabel *label);

} // namespace UiStyle
