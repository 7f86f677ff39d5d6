#pragma once

class QLabel;
class QMessageBox;
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

// Every label of `root` (and `root` itself, if a label) shows its text as plain text. A label's
// default, Qt::AutoText, renders anything that looks like HTML as rich text, with working links
// and images; much of what the window shows comes from the gateway, a key's name included.
void makePlainText(QWidget *root);
// The same for a message box, once its texts are set (its informative label is made then).
void makePlainText(QMessageBox *box);

} // namespace UiStyle
