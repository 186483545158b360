#pragma once

#include "service/ApiError.h"

#include <functional>
#include <utility>
#include <variant>

namespace clickar {

// The outcome of one service request: a value of type T, or the ApiError that prevented it.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(ApiError error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    const ApiError &error() const { return std::get<ApiError>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};

// For requests whose answer carries nothing (204).
struct Nothing
{};

template<typename T> using Callback = std::function<void(const Result<T> &)>;

} // namespace clickar
