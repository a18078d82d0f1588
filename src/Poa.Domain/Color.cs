namespace Poa.Domain;

/// <summary>The colour of the semáforo.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public enum Color
{
    /// <summary>Verde: <em>Aceptable</em>.</summary>
    Verde = 0,

    /// <summary>Amarillo: <em>En progreso</em>.</summary>
    Amarillo = 1,

    /// <summary>Rojo: <em>En riesgo</em>.</summary>
    Rojo = 2,
}
