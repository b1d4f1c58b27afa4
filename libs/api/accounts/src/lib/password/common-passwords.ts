/**
 * Passwords (and password stems) that appear at the top of public breach-frequency lists, plus
 * Finnish and Swedish favourites. With a 12-character minimum most short entries of such lists
 * cannot occur anyway, so the check also compares the password's *stem* — lower-cased, with
 * digits and punctuation stripped from both ends — against this list: "Salasana2024!" has the stem
 * "salasana" and is refused.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // international
  'password', 'passw0rd', 'password1', 'password123', 'pass', 'passwort', 'motdepasse', 'contraseña',
  'qwerty', 'qwertyuiop', 'qwertyui', 'qwerty123', 'asdfgh', 'asdfghjkl', 'zxcvbnm', 'azerty', 'qwertz',
  '123456', '1234567', '12345678', '123456789', '1234567890', '12345678910', '123123', '111111', '000000',
  '654321', '987654321', '123321', '112233', '121212', '123qwe', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx',
  'abc123', 'abcd1234', 'abcdefgh', 'iloveyou', 'admin', 'administrator', 'welcome', 'welcome1', 'letmein',
  'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'baseball', 'superman', 'batman',
  'trustno1', 'whatever', 'shadow', 'michael', 'jennifer', 'charlie', 'freedom', 'starwars', 'pokemon',
  'changeme', 'default', 'secret', 'login', 'guest', 'test', 'testing', 'temp', 'temporary', 'user',
  'computer', 'internet', 'hello', 'helloworld', 'summer', 'winter', 'spring', 'autumn', 'january',
  'liverpool', 'chelsea', 'arsenal', 'soccer', 'hockey', 'mustang', 'harley', 'ranger', 'jordan',
  'killer', 'hunter', 'buster', 'tigger', 'ginger', 'pepper', 'cookie', 'chocolate', 'cheese',
  'loveme', 'lovely', 'flower', 'angel', 'daniel', 'thomas', 'andrew', 'joshua', 'matthew',
  'correcthorsebatterystaple', 'thequickbrownfox', 'letmeinplease', 'iloveyoutoo', 'passwordpassword',
  'qwertyqwerty', 'adminadmin', 'rootroot', 'root', 'toor', 'office', 'company', 'service', 'support',
  // Finnish
  'salasana', 'salasanani', 'salainen', 'tunnus', 'tunnussana', 'kayttaja', 'käyttäjä', 'kissa', 'koira',
  'perkele', 'saatana', 'suomi', 'suomifinland', 'finland', 'helsinki', 'tampere', 'turku', 'oulu',
  'vaasa', 'kokkola', 'seinajoki', 'seinäjoki', 'pohjanmaa', 'hyvää', 'hyvaa', 'moikka', 'moimoi',
  'terve', 'hei', 'heihei', 'rakkaus', 'rakastan', 'kesä', 'kesa', 'talvi', 'kevät', 'kevat', 'syksy',
  'tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'kesakuu', 'heinäkuu',
  'heinakuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu', 'maanantai', 'jääkiekko',
  'jaakiekko', 'leijonat', 'sisu', 'sauna', 'mämmi', 'karjala', 'muumi', 'nokia', 'osaamiskeskus',
  'sosiaaliala', 'sonetbotnia', 'botnia', 'suunta', 'strategia', 'tervetuloa', 'vaihdamut', 'vaihdaheti',
  // Swedish
  'lösenord', 'losenord', 'hemligt', 'välkommen', 'valkommen', 'sommar', 'vinter', 'hejhej', 'österbotten',
  'osterbotten', 'sverige', 'älskar', 'alskar',
];
