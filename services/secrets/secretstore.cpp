// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

void SecretStore::setAvailable(bool available, const QString& reason)
{
    if (m_available == available && m_unavailableReason == reason) {
        return;
    }
    m_available = available;
    m_unavailableReason = reason;
    Q_EMIT availabilityChanged(available, reason);
}
