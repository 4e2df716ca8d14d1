package cn.pingxuan.entry;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("entry_code_counter")
record EntryCodeCounter(@Id String prefix, int lastValue) {
}
