"""Open Referral UK 3.0: the feed the site publishes (``feed``) and the words it shares with the importer."""
