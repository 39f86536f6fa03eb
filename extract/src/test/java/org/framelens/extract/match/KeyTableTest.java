package org.framelens.extract.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link KeyTable} answers as the map it was made from, for keys in it and keys not in it. */
class KeyTableTest {
    @Test
    void answersAsTheMapForPresentAbsentAndCollidingKeys() {
        Random random = new Random(3);
        for (int size : new int[] {0, 1, 2, 7, 100, 5000}) {
            Map<String, Integer> map = new HashMap<>();
            while (map.size() < size) {
                map.put(Integer.toString(random.nextInt(size * 4 + 1), 36), random.nextInt());
            }
            // "Aa" and "BB" have the same hash code: both must be found
            if (size > 1) {
                map.put("Aa", 1);
                map.put("BB", 2);
            }
            KeyTable<Integer> table = new KeyTable<>(map);
            assertEquals(map.size(), table.size());
            assertEquals(map.isEmpty(), table.isEmpty());
            for (int k = 0; k < size * 8 + 10; k++) {
                String key = Integer.toString(k, 36);
                assertEquals(map.get(key), table.get(key), key);
                // an equal key that is another string object
                assertEquals(map.get(key), table.get(new String(key.toCharArray())), key);
            }
            assertEquals(map.get("Aa"), table.get("Aa"));
            assertEquals(map.get("BB"), table.get("BB"));
            assertNull(table.get("C#"));
        }
        assertTrue(new KeyTable<>(Map.of()).isEmpty());
    }
}
