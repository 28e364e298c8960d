#pragma once

class QTableView;

namespace mycloud {

// The app's lists look and behave alike: whole rows selected one at a time, read-only, sortable by
// a header click (the store's own order until then), no row numbers, columns fitted to the
// first rows and the first row current. Call it once the view has its model.
void setUpTable(QTableView* view);

} // namespace mycloud
