namespace Poa.Domain;

/// <summary>The direction of an indicator: which way is better.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Json.PoaJsonConverterFactory))]
public enum Sentido
{
    /// <summary>More is better (every activity of the seed): reports made, requests attended.</summary>
    Ascendente = 0,

    /// <summary>Less is better: incidents, days of delay.</summary>
    Descendente = 1,

    /// <summary>Stay near the target: deviation on either side lowers compliance.</summary>
    Regular = 2,
}
