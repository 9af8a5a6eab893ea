// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QTableWidget;

// SSH public keys, one per row, each shown with its type, bits, comment and SHA256 fingerprint as
// `ssh-keygen -lf` prints them; a key that does not parse stays, in red, with the reason.
class SshKeysEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SshKeysEditor(QWidget* parent = nullptr);

    // Shows `keys` without emitting keysEdited.
    void setKeys(const QStringList& keys);
    QStringList keys() const;
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    // The admin added, removed or changed a key.
    void keysEdited(const QStringList& keys);

private:
    void showDetails();
    void edited();

    QTableWidget* m_table;
    bool m_filling = false;
};
