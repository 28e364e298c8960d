#pragma once

class QTableView;

namespace mycloud {

// The app's lists look and behave alike: whole rows selected one at a time, read-only, sortable by
// a header click (the store's own order until then), no row numbers.
void setUpTable(QTableView* view);

} // namespace mycloud
