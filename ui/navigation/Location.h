#pragma once

#include <QUuid>

namespace mycloud {

// Where the user is in the app: what the breadcrumb shows and what back/forward return to.
struct Location final
{
    enum class Page { Affairs, Products, Product, Account, Scan };

    Page page = Page::Affairs;
    QUuid affairId; // Products and Product
    QUuid productId; // Product

    static Location affairs() { return {}; }
    static Location products(const QUuid& affair) { return {Page::Products, affair, {}}; }
    static Location product(const QUuid& affair, const QUuid& product)
    {
        return {Page::Product, affair, product};
    }
    static Location account() { return {Page::Account, {}, {}}; }
    static Location scan() { return {Page::Scan, {}, {}}; }

    bool operator==(const Location&) const = default;
};

} // namespace mycloud
