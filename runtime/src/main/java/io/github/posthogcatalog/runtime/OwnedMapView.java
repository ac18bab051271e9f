package io.github.posthogcatalog.runtime;

import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An unmodifiable view of a map that nothing else holds, so that the view is as good as an
 * unmodifiable copy. {@link CapturedEvent} keeps its maps in these views: its constructor recognises
 * one and shares it instead of copying it again, which is safe only because no caller can make one
 * over a map it still holds.
 *
 * <p>Reads go straight to the underlying map. {@link #forEach} hands out keys and values without
 * wrapping each entry, while {@link #entrySet()} wraps each entry so that
 * {@link Map.Entry#setValue} is rejected. Every method that would change the map throws
 * {@link UnsupportedOperationException}, as {@link Collections#unmodifiableMap} does.
 */
final class OwnedMapView<K, V> extends AbstractMap<K, V> {

    private final Map<K, V> owned;

    /** Wraps a map that the caller hands over and never uses again. */
    OwnedMapView(Map<K, V> owned) {
        this.owned = owned;
    }

    /**
     * Returns the map under a view, or the given map itself when it is no view. Callers in this
     * package use it only to read the map faster; they must not change it or let it escape.
     */
    static <K, V> Map<K, V> unwrap(Map<K, V> map) {
        return map instanceof OwnedMapView<K, V> view ? view.owned : map;
    }

    @Override
    public int size() {
        return owned.size();
    }

    @Override
    public boolean isEmpty() {
        return owned.isEmpty();
    }

    @Override
    public boolean containsKey(Object key) {
        return owned.containsKey(key);
    }

    @Override
    public boolean containsValue(Object value) {
        return owned.containsValue(value);
    }

    @Override
    public V get(Object key) {
        return owned.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        return owned.getOrDefault(key, defaultValue);
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        owned.forEach(action);
    }

    @Override
    public Set<K> keySet() {
        return Collections.unmodifiableSet(owned.keySet());
    }

    @Override
    public Collection<V> values() {
        return Collections.unmodifiableCollection(owned.values());
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Collections.unmodifiableMap(owned).entrySet();
    }

    @Override
    public boolean equals(Object other) {
        return other == this || owned.equals(other);
    }

    @Override
    public int hashCode() {
        return owned.hashCode();
    }

    @Override
    public String toString() {
        return owned.toString();
    }

    @Override
    public V put(K key, V value) {
        throw unmodifiable();
    }

    @Override
    public V remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        throw unmodifiable();
    }

    @Override
    public V putIfAbsent(K key, V value) {
        throw unmodifiable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw unmodifiable();
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        throw unmodifiable();
    }

    @Override
    public V replace(K key, V value) {
        throw unmodifiable();
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        throw unmodifiable();
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("the maps of a CapturedEvent are unmodifiable");
    }
}
