/**
 * First names that are common among residents of Dutch municipalities.
 *
 * Source: compiled by hand for this project from general knowledge of common Dutch first names and of
 * first names common in Dutch communities with Moroccan, Turkish, Surinamese, Antillean, Somali, Eritrean,
 * Syrian, Afghan, Polish, Ukrainian, Romanian/Bulgarian, Ghanaian, Chinese, Vietnamese and Indian roots.
 * No third-party list was copied. Names that are also ordinary Dutch words (Roos, Bas, Wil, Job, Storm…)
 * are included on purpose: the detector only trusts them mid-sentence or next to a surname.
 */
const NAMEN = `
Aad Aafke Aaliyah Aart Abby Abdel Abdelaziz Abdelhak Abdelkader Abdellah Abdelmajid Abdelkrim Abdi Abdirahman Abdul Abdullah Abdullahi Abdulrahman
Abel Abigail Abraham Achmed Adam Ada Adil Adnan Adrian Adriaan Adrie Adriana Ad Afra Agnes Agnieszka Ahmad Ahmed Ahmet Aicha Aïcha Aisha Ayse Ayşe Aylin
Aziz Aziza Amal Amani Amanda Amber Amin Amina Amine Amir Amira Amy Anas Andrea Andrei Andreea Andrzej Andries Angela Angelique Anita Anja Anjali Anke
Anna Annabel Anne Anneke Annemarie Annemiek Annet Annette Annie Anouk Ans Anthony Antoine Anton Antonius Ard Arend Arie Arian Arjan Arjen Arnold Aron
Arthur Asha Asma Asif Aster Astrid Ayoub Ayaan Aya Ayla Azad
Babette Bart Bas Bastiaan Bayu Beatrix Belinda Ben Benjamin Bernard Bert Berend Bianca Bilal Birgit Björn Bo Boaz Bob Boris Boudewijn Bouchra Brahim
Bram Brenda Brian Bryan Burak
Caitlin Can Carla Carin Carmen Carlos Carolien Caroline Casper Catharina Cato Cees Celine Chanel Chantal Charlotte Chaima Chayenne Chelsea Chris
Christiaan Christian Christina Cindy Claudia Coen Collin Colin Cor Corné Cornelis Corrie Cynthia
Daan Dagmar Dalia Damian Daniel Daniëlle Danielle Danny Dario Daryl David Dewi Dean Debby Demi Dennis Desiree Dewi Dick Diana Dilan Dimitri Dina Dirk
Djamila Dmytro Dolf Dominique Donovan Dora Dorien Doris Dounia Duc Dunya Dylan
Ebru Eddy Edith Edwin Eefje Eelco Egbert Elif Elin Elisa Elise Elisabeth Elke Ella Ellen Els Elsa Elske Emma Emine Emir Emre Enes Eric Erik Erika
Ernst Esma Esra Esther Eva Evelien Evi Ewa Ezra
Fadumo Fahd Farah Farid Farida Fatima Fatma Fatih Fenna Femke Ferdinand Finn Fleur Floor Floris Frank Frans Freek Frederik Frits Fouad Fuad
Gabriel Gabriela Gabriëlle Geert Gemma Gerard Gerda Gerben Gerrit Gert Gertjan Gijs Gina Giovanni Gloria Gradus Greet Greta Guus Gül Gülsen Gözde
Habib Hadi Hafsa Hajar Hakim Halima Hamid Hamza Hanna Hannah Hannie Hans Harm Harrie Harry Hasan Hassan Hatice Hayat Hein Hendrik Henk Henny Herman
Hester Hicham Hidde Hilde Hiba Hind Hiske Hoda Hüseyin Hussein
Ibrahim Ida Idris Ilias Ilham Ilona Ilse Imane Iman Imran Ina Inge Ingrid Ioana Irene Iris Isa Isaac Ismail Ivan Ivana Ivo Ilyas
Jaap Jacco Jack Jacob Jacqueline Jade Jamal Jamila Jan Janine Janneke Jannes Jasmijn Jasmin Jasper Javier Jayden Jeanette Jelle Jelmer Jennifer
Jeroen Jermaine Jesse Jessica Jet Jill Jim Joan Joanna Job Jochem Joep Johan Johanna Johannes John Jolanda Jolien Jonas Joost Jordy Joris Josephine
Jos José Joshua Joyce Joke Juan Judith Julia Julian Juliette Jurgen Jürgen Justin Jorrit
Kaat Kamal Karel Karim Karima Karin Katarzyna Kateryna Katja Kees Kelly Ken Kenan Kenji Kevin Khadija Khalid Kim Klaas Koen Kofi Kwame Kwabena Kübra
Lamia Lana Lars Latifa Laura Lauren Layla Leila Lena Lenny Leo Leon Leonie Levi Liam Lieke Lien Lieve Lily Linda Lisa Lisanne Lise Lotte Louise Loubna
Luc Luca Lucas Lucia Luuk Lydia Lynn Leyla
Maaike Maarten Madelief Magda Mahmoud Maja Malak Manon Marc Marcel Marco Marek Margriet Maria Mariam Marian Marianne Marieke Mariska Marit Marjolein
Marjan Mark Marleen Marloes Marnix Marta Martijn Martin Martine Mary Maryam Mats Max Maxime Mebrat Mehmet Melanie Melissa Meryem Merel Michael Michel
Michelle Mieke Mila Milan Milou Mirjam Mohamed Mohammed Mohammad Mohamad Monique Mounir Mourad Moussa Mustafa Murat Myrthe
Nabil Nadia Nadine Naima Najib Nancy Naoufal Natasha Nathalie Nawal Nicole Niels Nienke Nik Nikola Nina Noah Noor Nora Nour Nouri Nurcan Nadir
Olaf Olena Olga Oksana Oliver Olivia Omar Orhan Oscar Osman Otto Özlem
Paola Pascal Patricia Patrick Paul Paula Paulien Pauline Pawel Paweł Peter Petra Petronella Piet Pieter Pim Piotr Priscilla Priya Puck
Rachid Rachel Rafael Rahul Rajesh Ramon Rana Rania Rashid Rayan Redouan Reza Remco Renate René Rianne Rick Ricardo Riet Rik Rina Rita Rob Robert
Robin Roel Roelof Rogier Roman Romano Romy Ronald Rosa Rose Roy Ruben Rudi Rudy Ruud Rutger Ryan Rukiye
Saar Sabine Sabrina Sadia Safae Safiya Said Saïd Salma Sam Samir Samira Sander Sandra Sanne Sara Sarah Saskia Selin Selma Sem Semhar Senna Serkan
Sevda Sevgi Shanice Sharon Shirley Silvia Simon Simone Sjaak Sjoerd Soufiane Sofia Sophie Stan Stefan Stefanie Stephanie Sterre Steven Suzanne Sven Sylvia
Tamara Tanja Tarik Tatiana Teun Tesfay Tessa Teuntje Thijs Thomas Tijn Tim Timo Tineke Tom Tomasz Toon Tosca Trees Truus Tugba Tülay Twan
Vera Veronica Vincent Vivian Vincenzo Volkan
Walid Wendy Wessel Wilco Wil Willem Willemijn Wim Wouter Wei
Xander Xin
Yara Yasin Yasmina Yasmine Yassin Yassine Yousra Youssef Yusuf Yunus Yvonne Yvette Yolanda
Zahra Zainab Zakaria Zeynep Zoë Zoe Zohra Zineb
`;

/** Capitalised first names, e.g. 'Fatima'. */
export const VOORNAMEN: ReadonlySet<string> = new Set(NAMEN.split(/\s+/).filter((n) => n.length > 1));
