using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;

namespace IpsMonitor.ApiDocument;

/// <summary>
/// JSON Schemas of request types, read from the serializer's own contract (<see cref="Json.Options"/>), so they say what
/// the strict body reader accepts: camelCase names, no unknown property, enums as one name, dates as yyyy-mm-dd, every
/// property optional and nullable unless the type says otherwise (the endpoint's own rules then answer 400).
/// </summary>
internal sealed class SchemaWriter(OpenApiDocument document)
{

    /// <summary>A reference to the component schema of this request type, written once.</summary>
    public IOpenApiSchema Reference(Type type)
    {
        document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(type.Name))
        {
            document.Components.Schemas[type.Name] = new OpenApiSchema(); // a placeholder, so a type nested in itself ends
            document.Components.Schemas[type.Name] = ObjectSchema(type);
        }
        return new OpenApiSchemaReference(type.Name, document);
    }

    private OpenApiSchema ObjectSchema(Type type)
    {
        var properties = new Dictionary<string, IOpenApiSchema>();
        var required = new HashSet<string>();
        var nullability = new NullabilityInfoContext();
        foreach (var property in BodyRules.Properties(type))
        {
            var annotated = property.AttributeProvider is PropertyInfo p && nullability.Create(p).WriteState == NullabilityState.Nullable;
            properties[property.Name] = Schema(property.PropertyType, annotated || Nullable.GetUnderlyingType(property.PropertyType) is not null);
            if (property.IsRequired)
                required.Add(property.Name);
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = properties,
            Required = required,
            // The strict reader refuses an unknown property: UnmappedMemberHandling.Disallow.
            AdditionalPropertiesAllowed = RequestBody.Strict.UnmappedMemberHandling != JsonUnmappedMemberHandling.Disallow,
        };
    }

    private IOpenApiSchema Schema(Type type, bool nullable)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var orNull = nullable ? JsonSchemaType.Null : 0;
        if (type.IsEnum)
            return new OpenApiSchema
            {
                Type = JsonSchemaType.String | orNull,
                Enum = [.. StrictEnumConverter.Names(type).Select(n => (JsonNode)JsonValue.Create(n)), .. nullable ? [null!] : Array.Empty<JsonNode>()],
            };
        if (type == typeof(string))
            return new OpenApiSchema { Type = JsonSchemaType.String | orNull };
        if (type == typeof(bool))
            return new OpenApiSchema { Type = JsonSchemaType.Boolean | orNull };
        if (type == typeof(DateOnly))
            return new OpenApiSchema { Type = JsonSchemaType.String | orNull, Format = "date" };
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            return new OpenApiSchema { Type = JsonSchemaType.String | orNull, Format = "date-time" };
        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
            return new OpenApiSchema { Type = JsonSchemaType.Integer | orNull, Format = type == typeof(long) ? "int64" : "int32" };
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            return new OpenApiSchema { Type = JsonSchemaType.Number | orNull };
        var info = Json.Options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
            return new OpenApiSchema { Type = JsonSchemaType.Array | orNull, Items = Schema(element, Nullable.GetUnderlyingType(element) is not null) };
        if (info.Kind == JsonTypeInfoKind.Object)
            return nullable ? new OpenApiSchema { OneOf = [Reference(type), new OpenApiSchema { Type = JsonSchemaType.Null }] } : Reference(type);
        throw new NotSupportedException($"No JSON Schema for request property type {type.Name}; add it to {nameof(SchemaWriter)}.");
    }
}
