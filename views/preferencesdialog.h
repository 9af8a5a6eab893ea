// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Edit → Preferences: the metadata server's defaults, where exports go and how many run at once,
// and the theme. Reads and writes QSettings; OK refuses a value AppSettings does not accept and
// says why under the form.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;
    // Why OK was refused last, or nothing.
    QString problem() const;

private:
    void load();
    QWidget* folderField(QLineEdit* edit, const QString& title);

    QLineEdit* m_address;
    QSpinBox* m_port;
    QLineEdit* m_uris;
    QLineEdit* m_allowed;
    QLineEdit* m_directory;
    QComboBox* m_key;
    QLineEdit* m_exportFolder;
    QSpinBox* m_concurrent;
    QComboBox* m_theme;
    QLabel* m_problem;
};
