// Stand-in for System.Configuration.ConfigurationManager (app.config access), which this corpus does not reference.
using System;
using System.Collections.Specialized;

namespace System.Configuration
{
    public static class ConfigurationManager
    {
        public static NameValueCollection AppSettings { get; } = Load();

        private static NameValueCollection Load()
        {
            var settings = new NameValueCollection();
            foreach (Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                var key = entry.Key?.ToString();
                if (key != null && key.StartsWith("SYNC_", StringComparison.Ordinal))
                {
                    settings[key.Substring(5)] = entry.Value?.ToString();
                }
            }

            return settings;
        }
    }
}
