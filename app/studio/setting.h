#pragma once
// A typed setting: declared once with its key and default, read and written through QSettings.

#include <QSettings>
#include <QString>
#include <QVariant>

namespace pmis {

template<typename T>
class Setting
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {}

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    T operator()() const { return value(); }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace pmis
