#pragma once

#include <utility>
#include <variant>

namespace mycloud {

// A value or the error that prevented it: errors travel as values, not exceptions.
// (std::expected is C++23; GCC 12 does not have it.)
template <class T, class E> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    { }
    Result(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const E& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

} // namespace mycloud
