#pragma once
// Errors as values: a Status carries an English message that names what failed and where
// (file:row:column or JSON path); Result<T> is a value or such a Status. Nothing here throws.
// A Status may also keep the where and the what apart (a JSON path and a translatable Text), so a
// front end can word the what in its own language.

#include "core/util/text.h"

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace pmis {

class Status
{
public:
    Status() = default;
    static Status ok() { return {}; }
    static Status error(std::string message) { return Status(std::move(message)); }
    // message() reads "<path>: <text in English>".
    static Status error(std::string path, Text text)
    {
        Status s(path + ": " + text.english());
        s.m_path = std::move(path);
        s.m_text = std::move(text);
        return s;
    }
    // The user asked the work to stop; not a failure to report as an error.
    static Status cancelled()
    {
        Status s("cancelled");
        s.m_cancelled = true;
        return s;
    }

    bool isOk() const { return !m_failed; }
    bool isCancelled() const { return m_cancelled; }
    explicit operator bool() const { return isOk(); }
    const std::string &message() const { return m_message; }
    // The parts of an error built from a path and a Text; empty for one built from a message.
    const std::string &path() const { return m_path; }
    const Text &text() const { return m_text; }

private:
    explicit Status(std::string message)
        : m_failed(true)
        , m_message(std::move(message))
    {}
    bool m_failed = false;
    bool m_cancelled = false;
    std::string m_message;
    std::string m_path;
    Text m_text;
};

template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Status status)
        : m_value(std::move(status))
    {}

    bool isOk() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return isOk(); }
    T &value() { return std::get<T>(m_value); }
    const T &value() const { return std::get<T>(m_value); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T takeValue() { return std::move(std::get<T>(m_value)); }
    Status status() const { return isOk() ? Status::ok() : std::get<Status>(m_value); }
    bool isCancelled() const { return !isOk() && std::get<Status>(m_value).isCancelled(); }
    const std::string &error() const
    {
        static const std::string none;
        return isOk() ? none : std::get<Status>(m_value).message();
    }

private:
    std::variant<T, Status> m_value;
};

// Progress callback for long work: receives the fraction done in [0, 1] and a short English phase
// name; returns false to ask the work to stop. May be called from worker threads, but never from two
// threads at once.
using ProgressFn = std::function<bool(double fraction, const std::string &phase)>;

} // namespace pmis
