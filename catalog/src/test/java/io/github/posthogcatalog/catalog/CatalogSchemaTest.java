package io.github.posthogcatalog.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CatalogSchemaTest {

    @Test
    void textIsDraft202012SchemaWithItsId() {
        JsonNode schema = CatalogJson.mapper().readTree(CatalogSchema.text());

        assertThat(schema.get("$schema").asString()).isEqualTo(EventSchemas.DIALECT);
        assertThat(schema.get("$id").asString()).isEqualTo(CatalogSchema.ID);
        assertThat(schema.at("/properties/formatVersion/const").asInt()).isEqualTo(Catalog.FORMAT_VERSION);
    }

    @Test
    void schemaIsValidAgainstMetaSchema() {
        Schema metaSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of(EventSchemas.DIALECT));

        assertThat(metaSchema.validate(CatalogJson.mapper().readTree(CatalogSchema.text()))).isEmpty();
        // Guards the check above: the meta-schema does reject a broken schema.
        assertThat(metaSchema.validate(CatalogJson.mapper().readTree("{\"type\": \"text\"}"))).isNotEmpty();
    }

    @Test
    void resourceIsOnClassPath() {
        assertThat(CatalogSchema.class.getResource(CatalogSchema.RESOURCE)).isNotNull();
    }
}
