// Anchor for the clickar_resources library; the files themselves are compiled in by qt_add_resources.
namespace clickar {
[[maybe_unused]] static const char resourcesAnchor = 0;
} // namespace clickar
